/**
 * DetachRolePolicy: detaches a managed policy from a role (NoSuchEntity when it is not attached). The
 * request carries iam:PolicyARN. Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { detachPolicy } from '../../common/attachments.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { ARN, ROLE_NAME } from '../../common/rules.js';

export const detachRolePolicy = defineOperation({
  name: 'DetachRolePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      roleName: reader.string('RoleName', ROLE_NAME),
      policyArn: reader.string('PolicyArn', ARN),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const context = { 'iam:PolicyARN': input.policyArn };
    return [await roleCheck(ctx, 'iam:DetachRolePolicy', input.roleName, { context, boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const attachedPolicies = detachPolicy(role.attachedPolicies, input.policyArn);
    await saveRole(ctx, { ...role, attachedPolicies });
    return undefined;
  },
});
