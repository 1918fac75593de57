/**
 * UpdateAccessKey: makes a key Active or Inactive. An inactive key is refused by the endpoint
 * (InvalidClientTokenId) until it is made active again. The key must belong to the named user (or, without
 * UserName, to the caller): NoSuchEntity `The Access Key with id ... cannot be found.` otherwise.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { invalidInput, validationError } from '../../../common/service-error.js';
import { ACCESS_KEY_ID, keyOwnerCheck, keyOwnerOf, requireOwnerKey } from '../../common/access-key-owner.js';
import { USER_NAME } from '../../common/rules.js';

/** The model's statusType enum. */
const STATUS_VALUES = ['Active', 'Inactive', 'Expired'];

function readStatus(value: string): 'Active' | 'Inactive' {
  if (!STATUS_VALUES.includes(value)) {
    throw validationError([
      `Value '${value}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [${STATUS_VALUES.join(', ')}]`,
    ]);
  }
  if (value === 'Expired') throw invalidInput('Access keys can only be made Active or Inactive.');
  return value as 'Active' | 'Inactive';
}

export const updateAccessKey = defineOperation({
  name: 'UpdateAccessKey',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const userName = reader.optionalString('UserName', USER_NAME);
    const accessKeyId = reader.string('AccessKeyId', ACCESS_KEY_ID);
    const status = reader.string('Status');
    reader.done();
    return { userName, accessKeyId, status: readStatus(status) };
  },
  access: async (input, ctx) => [
    await keyOwnerCheck(ctx, 'iam:UpdateAccessKey', keyOwnerOf(ctx, input.userName)),
  ],
  async run(input, ctx) {
    const key = await requireOwnerKey(ctx, keyOwnerOf(ctx, input.userName), input.accessKeyId);
    await ctx.tx.put('access-keys', key.accountId, key.accessKeyId, { ...key, status: input.status });
    return undefined;
  },
});
