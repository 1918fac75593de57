/**
 * GetRole: the role with its trust policy (URL-encoded), description, maximum session duration,
 * permissions boundary, tags and RoleLastUsed (empty when the role was never used).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { roleShape } from '../../common/role-shape.js';
import { ROLE_NAME } from '../../common/rules.js';

export const getRole = defineOperation({
  name: 'GetRole',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:GetRole', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    return { Role: roleShape(await requireRole(ctx, input.roleName), 'get') };
  },
});
