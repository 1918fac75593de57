/**
 * PutRolePolicy: adds or replaces an inline policy of a role (checked as an identity policy; all inline
 * policies of a role together within 10,240 characters without whitespace). Service-linked roles are
 * refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { putInlinePolicy } from '../../common/inline-policies.js';
import { QUOTAS } from '../../common/policy-document.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { POLICY_DOCUMENT, POLICY_NAME, ROLE_NAME } from '../../common/rules.js';

export const putRolePolicy = defineOperation({
  name: 'PutRolePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:PutRolePolicy', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const inlinePolicies = putInlinePolicy(role.inlinePolicies, input.policyName, input.policyDocument, {
      kind: 'role',
      name: role.name,
      quota: QUOTAS.roleInline,
    });
    await saveRole(ctx, { ...role, inlinePolicies });
    return undefined;
  },
});
