/**
 * ListUserPolicies: the names of a user's inline policies, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserPolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const listUserPolicies = defineOperation({
  name: 'ListUserPolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:ListUserPolicies', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    return paginate(user.inlinePolicies, input, 'PolicyNames', (p) => p.name);
  },
});
