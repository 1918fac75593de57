/**
 * TagUser: adds tags to a user, replacing the values of keys it already has (keys compare
 * case-insensitively); at most 50 tags per user. Authorized with the request's aws:RequestTag/* and
 * aws:TagKeys and the user's current tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagUser.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { USER_NAME } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { checkTagKeys, mergeTags } from '../../common/tagging.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';

export const tagUser = defineOperation({
  name: 'TagUser',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME), tags: reader.optionalTags() ?? [] };
    if (params['Tags'] === undefined) reader.string('Tags');
    reader.done();
    checkTagKeys(input.tags);
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:TagUser', input.userName, { context: requestTagContext(input.tags) }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    await saveUser(ctx, { ...user, tags: mergeTags(user.tags, input.tags) });
    return undefined;
  },
});
