/**
 * DeletePolicy: deletes a customer managed policy and its default version. The policy must first be
 * detached from every user, group and role and no longer be anyone's permissions boundary, and its other
 * versions must be deleted; otherwise DeleteConflict with AWS's messages (`Cannot delete a policy attached
 * to entities.`, `This policy has more than one version. Before you delete a policy, you must delete the
 * policy's versions. The default version is deleted with the policy.`). AWS managed policies cannot be
 * deleted (see policy-access.ts).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { requireCustomerPolicy } from '../../common/policy-lookup.js';
import { AccountPolicyUsage } from '../../common/policy-usage.js';
import { ARN } from '../../common/rules.js';

export const deletePolicy = defineOperation({
  name: 'DeletePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn };
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:DeletePolicy', input.policyArn, { read: false })];
  },
  async run(input, ctx) {
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    const usage = await AccountPolicyUsage.load(ctx.tx, record.accountId);
    const counts = usage.counts(record.arn);
    if (counts.attachments + counts.boundaries > 0) {
      throw deleteConflict('Cannot delete a policy attached to entities.');
    }
    if (record.versions.length > 1) {
      throw deleteConflict(
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
    }
    await ctx.tx.delete('policies', record.accountId, record.name.toLowerCase());
    return undefined;
  },
});
