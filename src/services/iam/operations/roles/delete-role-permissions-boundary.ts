/**
 * DeleteRolePermissionsBoundary: removes the permissions boundary of a role (nothing to do when it has
 * none). Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePermissionsBoundary.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import type { RoleRecord } from '../../../../store/records.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { ROLE_NAME } from '../../common/rules.js';

export const deleteRolePermissionsBoundary = defineOperation({
  name: 'DeleteRolePermissionsBoundary',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:DeleteRolePermissionsBoundary', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const { permissionsBoundaryArn: _removed, ...rest } = role;
    const updated: RoleRecord = rest;
    await saveRole(ctx, updated);
    return undefined;
  },
});
