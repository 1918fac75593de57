/**
 * GetCallerIdentity: who the credentials belong to. No permission is required: it works even when
 * explicitly denied.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
 */
import { InputReader } from '../../common/input.js';
import { defineOperation } from '../../common/operation.js';

export const getCallerIdentity = defineOperation({
  name: 'GetCallerIdentity',
  write: false,
  input(params) {
    new InputReader(params).done();
    return {};
  },
  access: () => [],
  async run(_input, ctx) {
    const caller = ctx.caller;
    return { UserId: caller.userId, Account: caller.accountId, Arn: caller.arn };
  },
});
