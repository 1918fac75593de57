/**
 * DeleteServiceLinkedRole: starts the deletion of a service-linked role and answers with its task id
 * (`task/aws-service-role/SERVICE/ROLE/UUID`). No service here keeps resources that use the role, so the
 * role is deleted at once and the task recorded as SUCCEEDED. A role that is not service-linked is
 * NoSuchEntity (the operation's only "not found" error).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteServiceLinkedRole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html#delete-service-linked-role
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { noSuchEntity } from '../../../common/service-error.js';
import { isServiceLinkedRole, requireRole, roleCheck } from '../../common/role-access.js';
import { endRoleSessions } from '../../common/role-sessions.js';
import { ROLE_NAME } from '../../common/rules.js';
import { newDeletionTaskId, servicePrincipalOfPath } from '../../common/service-linked-role-tasks.js';

export const deleteServiceLinkedRole = defineOperation({
  name: 'DeleteServiceLinkedRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:DeleteServiceLinkedRole', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    if (!isServiceLinkedRole(role)) {
      throw noSuchEntity(`The role with name ${input.roleName} is not a service-linked role.`);
    }
    const taskId = newDeletionTaskId(servicePrincipalOfPath(role.path), role.name);
    await ctx.tx.delete('roles', role.accountId, role.name.toLowerCase());
    await endRoleSessions(ctx.tx, role.accountId, role.name);
    await ctx.tx.put('deletion-tasks', role.accountId, taskId, {
      taskId,
      accountId: role.accountId,
      roleName: role.name,
      status: 'SUCCEEDED',
      createDate: ctx.now.toISOString(),
    });
    return { DeletionTaskId: taskId };
  },
});
