/**
 * CreateLifecyclePolicy: a lifecycle policy that deprecates, disables or deletes the images it selects.
 * Authorized as imagebuilder:CreateLifecyclePolicy on the new policy's ARN with aws:RequestTag/*,
 * aws:TagKeys and imagebuilder:LifecyclePolicyResourceType (and imagebuilder:TagResource when tagging);
 * the caller passes the execution role to Image Builder (iam:PassRole with iam:PassedToService
 * imagebuilder.amazonaws.com) — the role must exist in the caller's account.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateLifecyclePolicy.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import { RESOURCE_NAME } from '../../common/image-config-resources.js';
import { resolveExecutionRole } from '../../common/image-execution-role.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { readLifecyclePolicySettings } from '../../common/lifecycle-policy-input.js';
import {
  LIFECYCLE_POLICY,
  lifecyclePolicyArn,
  lifecyclePolicyShape,
  requireNewLifecyclePolicy,
} from '../../common/lifecycle-policy-shape.js';
import { epochSeconds } from '../../common/lifecycle-execution-records.js';
import { putResource } from '../../common/resources.js';
import { lifecyclePolicyChecks } from './lifecycle-policy-access.js';

export const createLifecyclePolicy = defineOperation({
  name: 'CreateLifecyclePolicy',
  http: { method: 'PUT', uri: '/CreateLifecyclePolicy' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const name = reader.string('name', RESOURCE_NAME);
    const settings = readLifecyclePolicySettings(reader);
    const tags = readTags(reader) ?? {};
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { name, settings, tags, clientToken };
  },
  access(input, ctx) {
    const arn = lifecyclePolicyArn(ctx.region, ctx.caller.accountId, input.name);
    return lifecyclePolicyChecks('imagebuilder:CreateLifecyclePolicy', arn, input.settings.resourceType, {
      requestTags: input.tags,
    });
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    return idempotent(ctx, 'CreateLifecyclePolicy', clientToken, params, async () => {
      const arn = lifecyclePolicyArn(ctx.region, ctx.caller.accountId, input.name);
      await requireNewLifecyclePolicy(ctx, arn);
      await resolveExecutionRole(ctx, input.settings.executionRole);
      await putResource(ctx.tx, {
        arn,
        account: ctx.caller.accountId,
        region: ctx.region,
        type: LIFECYCLE_POLICY,
        name: input.name,
        tags: input.tags,
        resource: lifecyclePolicyShape(
          arn,
          input.name,
          input.settings,
          { dateCreated: epochSeconds(ctx.now) },
          input.tags,
        ),
      });
      return { clientToken, lifecyclePolicyArn: arn };
    });
  },
});
