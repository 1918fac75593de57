/**
 * GetUser: the named user, or without UserName the calling user (the root user answers with its account
 * id and ARN; other callers must name a user).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { noSuchEntity, ServiceError } from '../../../common/service-error.js';
import { iamArn } from '../../common/arns.js';
import { tagRecord, userShape } from '../../common/shapes.js';
import { USER_NAME } from '../../common/rules.js';

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
    const user = await ctx.tx.get('users', caller.accountId, name.toLowerCase());
    const resource = user?.arn ?? iamArn(caller.accountId, 'user', '/', name);
    return [{ action: 'iam:GetUser', resource, ...(user ? { resourceTags: tagRecord(user.tags) } : {}) }];
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
    const user = await ctx.tx.get('users', caller.accountId, name.toLowerCase());
    if (!user) throw noSuchEntity(`The user with name ${name} cannot be found.`);
    return { User: userShape(user) };
  },
});
