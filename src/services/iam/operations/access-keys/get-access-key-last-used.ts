/**
 * GetAccessKeyLastUsed: who owns a key of the caller's account and when, with which service and in
 * which Region it was last used (ServiceName and Region are `N/A`, and LastUsedDate absent, for a key
 * never used). The server records use as it authenticates requests (src/server/key-usage.ts). The API
 * defines no NoSuchEntity for this operation: a key the account does not hold is refused with
 * AccessDenied naming `access key <id>` as the resource.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { accessDenied } from '../../../common/service-error.js';
import { ACCESS_KEY_ID, keyOwnerCheck } from '../../common/access-key-owner.js';

export const getAccessKeyLastUsed = defineOperation({
  name: 'GetAccessKeyLastUsed',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { accessKeyId: reader.string('AccessKeyId', ACCESS_KEY_ID) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const key = await ctx.tx.get('access-keys', ctx.caller.accountId, input.accessKeyId);
    if (!key) {
      throw accessDenied(
        `User: ${ctx.caller.arn} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${input.accessKeyId}`,
      );
    }
    const owner =
      key.userName !== undefined ? { kind: 'user' as const, name: key.userName } : { kind: 'root' as const };
    return [await keyOwnerCheck(ctx, 'iam:GetAccessKeyLastUsed', owner)];
  },
  async run(input, ctx) {
    const key = await ctx.tx.get('access-keys', ctx.caller.accountId, input.accessKeyId);
    const used = key?.lastUsed;
    return {
      UserName: key?.userName,
      AccessKeyLastUsed: {
        LastUsedDate: used ? new Date(used.date) : undefined,
        ServiceName: used?.serviceName ?? 'N/A',
        Region: used?.region ?? 'N/A',
      },
    };
  },
});
