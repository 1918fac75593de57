/**
 * CreateAccessKey: a new long-term access key (AKIA...) and its secret, for the named user or, without
 * UserName, for the caller (an IAM user's own key, or the root user's key when the root user calls). The
 * secret is returned only here. At most 2 keys per user, active or inactive (LimitExceeded `Cannot exceed
 * quota for AccessKeysPerUser: 2`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 */
import type { AccessKeyRecord } from '../../../../store/records.js';
import { accessKeyId, secretAccessKey } from '../../../common/ids.js';
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { limitExceeded } from '../../../common/service-error.js';
import {
  keyOwnerCheck,
  keyOwnerOf,
  keysOf,
  MAX_ACCESS_KEYS,
  ownerName,
} from '../../common/access-key-owner.js';
import { USER_NAME } from '../../common/rules.js';

export const createAccessKey = defineOperation({
  name: 'CreateAccessKey',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.optionalString('UserName', USER_NAME) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await keyOwnerCheck(ctx, 'iam:CreateAccessKey', keyOwnerOf(ctx, input.userName)),
  ],
  async run(input, ctx) {
    const userName = await ownerName(ctx, keyOwnerOf(ctx, input.userName));
    const existing = await keysOf(ctx, userName);
    if (existing.length >= MAX_ACCESS_KEYS) {
      throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS}`);
    }
    let id = accessKeyId('AKIA');
    while (await ctx.tx.find('access-keys', id)) id = accessKeyId('AKIA');
    const account = ctx.caller.accountId;
    const key: AccessKeyRecord = {
      accessKeyId: id,
      secretAccessKey: secretAccessKey(),
      accountId: account,
      ...(userName !== undefined ? { userName } : {}),
      status: 'Active',
      createDate: ctx.now.toISOString(),
    };
    await ctx.tx.put('access-keys', account, id, key);
    return {
      AccessKey: {
        UserName: key.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: new Date(key.createDate),
      },
    };
  },
});
