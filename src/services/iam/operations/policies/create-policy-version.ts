/**
 * CreatePolicyVersion: a new version of a customer managed policy, numbered after the highest number the
 * policy ever used (versions are never renumbered), optionally made the default. A managed policy has at
 * most 5 versions: a sixth is LimitExceeded with AWS's message. The response's PolicyVersion has no
 * Document ("It is not returned in the response to the CreatePolicyVersion or ListPolicyVersions
 * operations").
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html#version-limits
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { limitExceeded } from '../../../common/service-error.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { checkPolicyDocument, checkQuota, QUOTAS } from '../../common/policy-document.js';
import { requireCustomerPolicy } from '../../common/policy-lookup.js';
import { policyVersionShape } from '../../common/policy-shape.js';
import { ARN, POLICY_DOCUMENT } from '../../common/rules.js';

export const MAX_POLICY_VERSIONS = 5;

export const createPolicyVersion = defineOperation({
  name: 'CreatePolicyVersion',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      policyArn: reader.string('PolicyArn', ARN),
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
      setAsDefault: reader.optionalBoolean('SetAsDefault') ?? false,
    };
    reader.done();
    parsePolicyArn(input.policyArn);
    return input;
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:CreatePolicyVersion', input.policyArn, { read: false })];
  },
  async run(input, ctx) {
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    checkPolicyDocument(input.policyDocument, 'identity');
    checkQuota(input.policyDocument, QUOTAS.managedPolicy, 'PolicySize');
    if (record.versions.length >= MAX_POLICY_VERSIONS) {
      throw limitExceeded(
        'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      );
    }
    const now = ctx.now.toISOString();
    const version = { versionId: `v${record.nextVersion}`, document: input.policyDocument, createDate: now };
    const defaultVersionId = input.setAsDefault ? version.versionId : record.defaultVersionId;
    await ctx.tx.put('policies', record.accountId, record.name.toLowerCase(), {
      ...record,
      versions: [...record.versions, version],
      nextVersion: record.nextVersion + 1,
      defaultVersionId,
      updateDate: now,
    });
    return { PolicyVersion: policyVersionShape(version, defaultVersionId, false) };
  },
});
