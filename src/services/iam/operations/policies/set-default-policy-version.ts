/**
 * SetDefaultPolicyVersion: makes one of a customer managed policy's versions the default, the version
 * that is in effect for every user, group and role the policy is attached to: the very next request
 * they make is evaluated against it.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetDefaultPolicyVersion.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { VERSION_ID } from '../../common/policy-input.js';
import { customerPolicyView, requireCustomerPolicy, requireVersion } from '../../common/policy-lookup.js';
import { ARN } from '../../common/rules.js';

export const setDefaultPolicyVersion = defineOperation({
  name: 'SetDefaultPolicyVersion',
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
    return [await policyAccess(ctx, 'iam:SetDefaultPolicyVersion', input.policyArn, { read: false })];
  },
  async run(input, ctx) {
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    requireVersion(customerPolicyView(record), input.versionId);
    await ctx.tx.put('policies', record.accountId, record.name.toLowerCase(), {
      ...record,
      defaultVersionId: input.versionId,
    });
    return undefined;
  },
});
