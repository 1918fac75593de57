/**
 * GetPolicy: a managed policy, customer managed or AWS managed, with AttachmentCount and
 * PermissionsBoundaryUsageCount computed from the account's users, groups and roles (for an AWS managed
 * policy, its use in the caller's account).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { requireManagedPolicyView } from '../../common/policy-lookup.js';
import { policyShape } from '../../common/policy-shape.js';
import { AccountPolicyUsage } from '../../common/policy-usage.js';
import { ARN } from '../../common/rules.js';

export const getPolicy = defineOperation({
  name: 'GetPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn };
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:GetPolicy', input.policyArn, { read: true })];
  },
  async run(input, ctx) {
    const view = await requireManagedPolicyView(ctx.tx, ctx.awsManaged, input.policyArn);
    const usage = await AccountPolicyUsage.load(ctx.tx, ctx.caller.accountId);
    return { Policy: policyShape(view, usage.counts(view.arn), { description: true, tags: true }) };
  },
});
