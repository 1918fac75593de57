/**
 * DeleteRolePolicy: deletes an inline policy of a role (NoSuchEntity when the role has none of that
 * name). Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteInlinePolicy } from '../../common/inline-policies.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { POLICY_NAME, ROLE_NAME } from '../../common/rules.js';

export const deleteRolePolicy = defineOperation({
  name: 'DeleteRolePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:DeleteRolePolicy', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const inlinePolicies = deleteInlinePolicy(role.inlinePolicies, input.policyName, {
      kind: 'role',
      name: role.name,
    });
    await saveRole(ctx, { ...role, inlinePolicies });
    return undefined;
  },
});
