/**
 * DeleteLifecyclePolicy: imagebuilder:DeleteLifecyclePolicy on the policy's ARN (with its tags); the
 * policy stops running; its past executions stay readable.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteLifecyclePolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import { requireOwned } from '../../common/image-config-resources.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import {
  findLifecyclePolicy,
  LIFECYCLE_POLICY,
  LIFECYCLE_POLICY_ARN,
} from '../../common/lifecycle-policy-shape.js';
import { deleteResource } from '../../common/resources.js';

export const deleteLifecyclePolicy = defineOperation({
  name: 'DeleteLifecyclePolicy',
  http: { method: 'DELETE', uri: '/DeleteLifecyclePolicy' },
  write: true,
  input(params) {
    return { arn: new JsonReader(params).string('lifecyclePolicyArn', LIFECYCLE_POLICY_ARN) };
  },
  async access(input, ctx) {
    const stored = await findLifecyclePolicy(ctx, input.arn);
    return [
      { action: 'imagebuilder:DeleteLifecyclePolicy', resource: input.arn, ...resourceTagsOf(stored?.tags) },
    ];
  },
  async run(input, ctx) {
    await requireOwned(ctx, LIFECYCLE_POLICY, input.arn);
    await deleteResource(ctx.tx, LIFECYCLE_POLICY, ctx.caller.accountId, input.arn);
    return { lifecyclePolicyArn: input.arn };
  },
});
