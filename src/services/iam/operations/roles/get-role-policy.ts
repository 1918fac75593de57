/**
 * GetRolePolicy: one inline policy of a role, its document URL-encoded.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { encodeDocument, getInlinePolicy } from '../../common/inline-policies.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { POLICY_NAME, ROLE_NAME } from '../../common/rules.js';

export const getRolePolicy = defineOperation({
  name: 'GetRolePolicy',
  write: false,
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
    return [await roleCheck(ctx, 'iam:GetRolePolicy', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    const policy = getInlinePolicy(role.inlinePolicies, input.policyName, { kind: 'role', name: role.name });
    return {
      RoleName: role.name,
      PolicyName: policy.name,
      PolicyDocument: encodeDocument(policy.document),
    };
  },
});
