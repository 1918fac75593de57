/**
 * DeletePolicyVersion: deletes a version of a customer managed policy other than its default version
 * (DeleteConflict `Cannot delete the default version of a policy.`, AWS's message; the default version
 * goes with DeletePolicy).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeletePolicyVersion.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { VERSION_ID } from '../../common/policy-input.js';
import { customerPolicyView, requireCustomerPolicy, requireVersion } from '../../common/policy-lookup.js';
import { ARN } from '../../common/rules.js';

export const deletePolicyVersion = defineOperation({
  name: 'DeletePolicyVersion',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      policyArn: reader.string('PolicyArn', ARN),
      versionId: reader.string('VersionId', VERSION_ID),
    };
    reader.done();
    parsePolicyArn(input.policyArn);
    return input;
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:DeletePolicyVersion', input.policyArn, { read: false })];
  },
  async run(input, ctx) {
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    requireVersion(customerPolicyView(record), input.versionId);
    if (input.versionId === record.defaultVersionId) {
      throw deleteConflict('Cannot delete the default version of a policy.');
    }
    const versions = record.versions.filter((v) => v.versionId !== input.versionId);
    const updated = { ...record, versions };
    await ctx.tx.put('policies', record.accountId, record.name.toLowerCase(), {
      ...updated,
      updateDate: customerPolicyView(updated).updateDate,
    });
    return undefined;
  },
});
