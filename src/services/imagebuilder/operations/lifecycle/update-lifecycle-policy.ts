/**
 * UpdateLifecyclePolicy: replaces the policy's settings (description, status, execution role, resource
 * type, rules and selection; members left out are cleared). Authorized as
 * imagebuilder:UpdateLifecyclePolicy on its ARN with its tags and imagebuilder:LifecyclePolicyResourceType;
 * the execution role is passed again (iam:PassRole to imagebuilder.amazonaws.com).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_UpdateLifecyclePolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { requireOwned } from '../../common/image-config-resources.js';
import { resolveExecutionRole } from '../../common/image-execution-role.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { readLifecyclePolicySettings } from '../../common/lifecycle-policy-input.js';
import {
  findLifecyclePolicy,
  LIFECYCLE_POLICY,
  LIFECYCLE_POLICY_ARN,
  lifecyclePolicyShape,
} from '../../common/lifecycle-policy-shape.js';
import { epochSeconds } from '../../common/lifecycle-execution-records.js';
import { putResource } from '../../common/resources.js';
import { lifecyclePolicyChecks } from './lifecycle-policy-access.js';

export const updateLifecyclePolicy = defineOperation({
  name: 'UpdateLifecyclePolicy',
  http: { method: 'PUT', uri: '/UpdateLifecyclePolicy' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('lifecyclePolicyArn', LIFECYCLE_POLICY_ARN);
    const settings = readLifecyclePolicySettings(reader);
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { arn, settings, clientToken };
  },
  async access(input, ctx) {
    const stored = await findLifecyclePolicy(ctx, input.arn);
    return lifecyclePolicyChecks(
      'imagebuilder:UpdateLifecyclePolicy',
      input.arn,
      input.settings.resourceType,
      {
        ...(stored ? { resourceTags: stored.tags } : {}),
      },
    );
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'UpdateLifecyclePolicy', clientToken, params, async () => {
      const stored = await requireOwned<ApiObject>(ctx, LIFECYCLE_POLICY, input.arn);
      await resolveExecutionRole(ctx, input.settings.executionRole);
      const previous = stored.resource;
      const dates = {
        dateCreated:
          typeof previous['dateCreated'] === 'number' ? previous['dateCreated'] : epochSeconds(ctx.now),
        dateUpdated: epochSeconds(ctx.now),
        ...(typeof previous['dateLastRun'] === 'number' ? { dateLastRun: previous['dateLastRun'] } : {}),
      };
      const resource = lifecyclePolicyShape(input.arn, stored.name, input.settings, dates, stored.tags);
      await putResource(ctx.tx, { ...stored, resource });
      return { lifecyclePolicyArn: input.arn };
    });
    return result;
  },
});
