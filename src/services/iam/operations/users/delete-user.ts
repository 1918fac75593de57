/**
 * DeleteUser: deletes a user that has nothing left attached. AWS refuses with DeleteConflict while the
 * user has access keys, inline policies, attached managed policies or group memberships (checked in the
 * order the API reference lists them); a permissions boundary does not block deletion. Messages as AWS
 * returns them, e.g. `Cannot delete entity, must delete access keys first.` Temporary credentials the
 * user obtained (GetSessionToken, GetFederationToken) end with it: they would otherwise pass to a new user
 * created later with the same name, where AWS ties them to the deleted user's unique id.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_remove.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const deleteUser = defineOperation({
  name: 'DeleteUser',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:DeleteUser', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const account = ctx.caller.accountId;
    const key = user.name.toLowerCase();
    const keys = await ctx.tx.list('access-keys', account);
    if (keys.some((k) => k.userName?.toLowerCase() === key)) {
      throw deleteConflict('Cannot delete entity, must delete access keys first.');
    }
    if (user.inlinePolicies.length > 0)
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (user.attachedPolicies.length > 0) {
      throw deleteConflict('Cannot delete entity, must detach all policies first.');
    }
    if (user.groups.length > 0)
      throw deleteConflict('Cannot delete entity, must remove users from group first.');
    await ctx.tx.delete('users', account, key);
    for (const session of await ctx.tx.list('sessions', account)) {
      if (session.userName?.toLowerCase() === key)
        await ctx.tx.delete('sessions', account, session.accessKeyId);
    }
    return undefined;
  },
});
