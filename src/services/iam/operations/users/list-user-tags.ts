/**
 * ListUserTags: the user's tags, paginated (an empty list when it has none).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUserTags.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const listUserTags = defineOperation({
  name: 'ListUserTags',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:ListUserTags', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    return paginate(user.tags, input, 'Tags', (t) => ({ Key: t.Key, Value: t.Value }));
  },
});
