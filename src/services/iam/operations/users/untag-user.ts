/**
 * UntagUser: removes the named tag keys from a user (keys compare case-insensitively; keys the user does
 * not have are ignored). Authorized with aws:TagKeys (the keys to remove) and the user's current tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagUser.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { USER_NAME } from '../../common/rules.js';
import { removeTags } from '../../common/tagging.js';
import { requireUser, saveUser, userCheck } from '../../common/user-access.js';

const TAG_KEY = { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u };

export const untagUser = defineOperation({
  name: 'UntagUser',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      tagKeys: reader.optionalStringList('TagKeys', TAG_KEY, 50) ?? [],
    };
    if (params['TagKeys'] === undefined) reader.string('TagKeys');
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await userCheck(ctx, 'iam:UntagUser', input.userName, { context: { 'aws:TagKeys': input.tagKeys } }),
  ],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    await saveUser(ctx, { ...user, tags: removeTags(user.tags, input.tagKeys) });
    return undefined;
  },
});
