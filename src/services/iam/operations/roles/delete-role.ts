/**
 * DeleteRole: deletes a role that is in no instance profile and has no attached managed policies and no
 * inline policies (DeleteConflict otherwise, with AWS's messages, checked in that order). A
 * service-linked role is refused with UnmodifiableEntity: only DeleteServiceLinkedRole deletes it. The
 * role's sessions end with it (see role-sessions.ts).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage_delete.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { instanceProfilesWithRole } from '../../common/instance-profile-access.js';
import { requireModifiable, requireRole, roleCheck } from '../../common/role-access.js';
import { endRoleSessions } from '../../common/role-sessions.js';
import { ROLE_NAME } from '../../common/rules.js';

export const deleteRole = defineOperation({
  name: 'DeleteRole',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:DeleteRole', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    if ((await instanceProfilesWithRole(ctx.tx, role.accountId, role.name)).length > 0) {
      throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
    }
    if (role.attachedPolicies.length > 0) {
      throw deleteConflict('Cannot delete entity, must detach all policies first.');
    }
    if (role.inlinePolicies.length > 0) {
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    }
    await ctx.tx.delete('roles', role.accountId, role.name.toLowerCase());
    await endRoleSessions(ctx.tx, role.accountId, role.name);
    return undefined;
  },
});
