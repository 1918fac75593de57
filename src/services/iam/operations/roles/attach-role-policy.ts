/**
 * AttachRolePolicy: attaches a managed policy (customer managed in the account, or AWS managed) to a
 * role; attaching it again changes nothing; at most 10 per role. The request carries iam:PolicyARN.
 * AWS service role policies (`arn:aws:iam::aws:policy/aws-service-role/...`) only go on service-linked
 * roles (PolicyNotAttachable), and service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { attachPolicy, requireManagedPolicy } from '../../common/attachments.js';
import { requireModifiable, requireRole, roleCheck, saveRole } from '../../common/role-access.js';
import { checkAttachableToRole } from '../../common/role-attachments.js';
import { ARN, ROLE_NAME } from '../../common/rules.js';

export const attachRolePolicy = defineOperation({
  name: 'AttachRolePolicy',
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
    return [await roleCheck(ctx, 'iam:AttachRolePolicy', input.roleName, { context, boundaryKey: true })];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    const policy = await requireManagedPolicy(ctx.tx, ctx.awsManaged, input.policyArn);
    checkAttachableToRole(policy.arn);
    const attachedPolicies = attachPolicy(role.attachedPolicies, policy.arn, 'PoliciesPerRole');
    await saveRole(ctx, { ...role, attachedPolicies });
    return undefined;
  },
});
