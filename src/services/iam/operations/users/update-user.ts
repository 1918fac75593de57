/**
 * UpdateUser: renames a user (NewUserName) and/or moves it to another path (NewPath). The caller needs
 * iam:UpdateUser on both the current and the new ARN. The user keeps its id, group memberships, access
 * keys, tags, boundary and policies; a name already taken is EntityAlreadyExists.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateUser.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { iamArn } from '../../common/arns.js';
import { PATH, USER_NAME } from '../../common/rules.js';
import { findUser, requireUser, userAccessCheck } from '../../common/user-access.js';
import { moveUser } from '../../common/user-rename.js';

export const updateUser = defineOperation({
  name: 'UpdateUser',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      userName: reader.string('UserName', USER_NAME),
      newPath: reader.optionalString('NewPath', PATH),
      newUserName: reader.optionalString('NewUserName', USER_NAME),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const account = ctx.caller.accountId;
    const user = await findUser(ctx, input.userName);
    const current = userAccessCheck(account, 'iam:UpdateUser', input.userName, user);
    const path = input.newPath ?? user?.path ?? '/';
    const name = input.newUserName ?? user?.name ?? input.userName;
    const target = iamArn(account, 'user', path, name);
    return target === current.resource ? [current] : [current, { ...current, resource: target }];
  },
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    await moveUser(ctx, user, input.newUserName ?? user.name, input.newPath ?? user.path);
    return undefined;
  },
});
