/**
 * ListAttachedUserPolicies: the managed policies attached to a user (name and ARN), optionally only those
 * whose policy path begins with PathPrefix, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedUserPolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { POLICY_PATH, USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';
import { attachedPolicies, attachedPolicyShape } from '../../common/user-managed-policies.js';

export const listAttachedUserPolicies = defineOperation({
  name: 'ListAttachedUserPolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      pathPrefix: reader.optionalString('PathPrefix', POLICY_PATH),
      ...readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:ListAttachedUserPolicies', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const arns = attachedPolicies(user.attachedPolicies, input.pathPrefix);
    return paginate(arns, input, 'AttachedPolicies', attachedPolicyShape);
  },
});
