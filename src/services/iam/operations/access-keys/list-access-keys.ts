/**
 * ListAccessKeys: the ids, status and creation dates of the named user's access keys or, without
 * UserName, of the caller's own (the root user's keys when the root user calls); never the secrets.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import {
  accessKeyMetadataShape,
  keyOwnerCheck,
  keyOwnerOf,
  ownerKeys,
} from '../../common/access-key-owner.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { USER_NAME } from '../../common/rules.js';

export const listAccessKeys = defineOperation({
  name: 'ListAccessKeys',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.optionalString('UserName', USER_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await keyOwnerCheck(ctx, 'iam:ListAccessKeys', keyOwnerOf(ctx, input.userName)),
  ],
  async run(input, ctx) {
    const keys = await ownerKeys(ctx, keyOwnerOf(ctx, input.userName));
    return paginate(keys, input, 'AccessKeyMetadata', accessKeyMetadataShape);
  },
});
