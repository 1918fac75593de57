/**
 * UpdateAssumeRolePolicy: replaces the trust policy of a role, checked like CreateRole's (trust-policy
 * grammar, ACLSizePerRole quota, same-account principals that exist). Service-linked roles are refused
 * with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAssumeRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { checkTrustPolicy } from '../../common/role-trust-policy.js';
import { POLICY_DOCUMENT, ROLE_NAME } from '../../common/rules.js';

export const updateAssumeRolePolicy = defineOperation({
  name: 'UpdateAssumeRolePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:UpdateAssumeRolePolicy', input.roleName, { boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    await checkTrustPolicy(ctx.tx, ctx.caller.accountId, input.policyDocument);
    await saveRole(ctx, { ...role, assumeRolePolicyDocument: input.policyDocument });
    return undefined;
  },
});
