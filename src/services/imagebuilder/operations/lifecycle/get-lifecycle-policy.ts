/**
 * GetLifecyclePolicy: imagebuilder:GetLifecyclePolicy on the policy's ARN (with its tags); a policy the
 * caller's account does not have in the Region is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetLifecyclePolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { currentShape, requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import {
  findLifecyclePolicy,
  LIFECYCLE_POLICY,
  LIFECYCLE_POLICY_ARN,
} from '../../common/lifecycle-policy-shape.js';

export const getLifecyclePolicy = defineOperation({
  name: 'GetLifecyclePolicy',
  http: { method: 'GET', uri: '/GetLifecyclePolicy' },
  write: false,
  input(params) {
    return { arn: new JsonReader(params).string('lifecyclePolicyArn', LIFECYCLE_POLICY_ARN) };
  },
  async access(input, ctx) {
    const stored = await findLifecyclePolicy(ctx, input.arn);
    return [
      { action: 'imagebuilder:GetLifecyclePolicy', resource: input.arn, ...resourceTagsOf(stored?.tags) },
    ];
  },
  async run(input, ctx) {
    const stored = await requireOwned<ApiObject>(ctx, LIFECYCLE_POLICY, input.arn);
    return { lifecyclePolicy: currentShape(stored) };
  },
});
