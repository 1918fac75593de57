/**
 * DeleteAccessKey: deletes one of the named user's keys (or, without UserName, one of the caller's own).
 * NoSuchEntity `The Access Key with id ... cannot be found.` when the owner has no such key.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteAccessKey.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { ACCESS_KEY_ID, keyOwnerCheck, keyOwnerOf, requireOwnerKey } from '../../common/access-key-owner.js';
import { USER_NAME } from '../../common/rules.js';

export const deleteAccessKey = defineOperation({
  name: 'DeleteAccessKey',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.optionalString('UserName', USER_NAME),
      accessKeyId: reader.string('AccessKeyId', ACCESS_KEY_ID),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await keyOwnerCheck(ctx, 'iam:DeleteAccessKey', keyOwnerOf(ctx, input.userName)),
  ],
  async run(input, ctx) {
    const key = await requireOwnerKey(ctx, keyOwnerOf(ctx, input.userName), input.accessKeyId);
    await ctx.tx.delete('access-keys', key.accountId, key.accessKeyId);
    return undefined;
  },
});
