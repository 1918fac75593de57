/**
 * UpdateRoleDescription: replaces the description of a role and returns the updated role. Service-linked
 * roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRoleDescription.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { roleShape } from '../../common/role-shape.js';
import { DESCRIPTION, ROLE_NAME } from '../../common/rules.js';

export const updateRoleDescription = defineOperation({
  name: 'UpdateRoleDescription',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      description: reader.string('Description', DESCRIPTION),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:UpdateRoleDescription', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const updated = { ...role, description: input.description };
    await saveRole(ctx, updated);
    return { Role: roleShape(updated, 'get') };
  },
});
