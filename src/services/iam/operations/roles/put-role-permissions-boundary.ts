/**
 * PutRolePermissionsBoundary: sets (or replaces) the managed policy that is the role's permissions
 * boundary. The policy must exist; the request carries iam:PermissionsBoundary with its ARN.
 * Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePermissionsBoundary.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireManagedPolicy } from '../../common/attachments.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { ARN, ROLE_NAME } from '../../common/rules.js';

export const putRolePermissionsBoundary = defineOperation({
  name: 'PutRolePermissionsBoundary',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      permissionsBoundary: reader.string('PermissionsBoundary', ARN),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const context = { 'iam:PermissionsBoundary': input.permissionsBoundary };
    return [await roleCheck(ctx, 'iam:PutRolePermissionsBoundary', input.roleName, { context })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    await requireManagedPolicy(ctx.tx, ctx.awsManaged, input.permissionsBoundary);
    await saveRole(ctx, { ...role, permissionsBoundaryArn: input.permissionsBoundary });
    return undefined;
  },
});
