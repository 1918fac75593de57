/**
 * ListAttachedGroupPolicies: the managed policies attached to a group (name and ARN), optionally only
 * those whose policy path begins with PathPrefix, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedGroupPolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, requireGroup } from '../../common/group-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { GROUP_NAME, POLICY_PATH } from '../../common/rules.js';
import { attachedPolicies, attachedPolicyShape } from '../../common/user-managed-policies.js';

export const listAttachedGroupPolicies = defineOperation({
  name: 'ListAttachedGroupPolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      pathPrefix: reader.optionalString('PathPrefix', POLICY_PATH),
      ...readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:ListAttachedGroupPolicies', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const arns = attachedPolicies(group.attachedPolicies, input.pathPrefix);
    return paginate(arns, input, 'AttachedPolicies', attachedPolicyShape);
  },
});
