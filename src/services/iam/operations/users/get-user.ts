/**
 * GetUser: the named user, or without UserName the calling user (the root user answers with its account
 * id and ARN; callers with role or temporary credentials must name a user).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { ServiceError } from '../../../common/service-error.js';
import { userShape } from '../../common/shapes.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const getUser = defineOperation({
  name: 'GetUser',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const userName = reader.optionalString('UserName', USER_NAME);
    reader.done();
    return { userName };
  },
  async access(input, ctx) {
    const caller = ctx.caller;
    const name = input.userName ?? caller.userName;
    if (name === undefined) {
      if (caller.kind === 'root') return [{ action: 'iam:GetUser', resource: caller.arn }];
      throw new ServiceError(
        'ValidationError',
        'Must specify userName when calling with non-User credentials',
        400,
      );
    }
    return [await userCheck(ctx, 'iam:GetUser', name)];
  },
  async run(input, ctx) {
    const caller = ctx.caller;
    const name = input.userName ?? caller.userName;
    if (name === undefined) {
      const account = await ctx.tx.get('accounts', '', caller.accountId);
      return {
        User: { UserId: caller.accountId, Arn: caller.arn, CreateDate: new Date(account?.createDate ?? 0) },
      };
    }
    return { User: userShape(await requireUser(ctx, name)) };
  },
});
