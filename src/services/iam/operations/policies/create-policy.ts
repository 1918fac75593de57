/**
 * CreatePolicy: a new customer managed policy whose document becomes version v1, the default version.
 * The document is checked with the identity-policy grammar and the 6,144-character PolicySize quota
 * (whitespace not counted). Tagging on create also needs iam:TagPolicy.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
 * Duplicate name message as AWS returns it: `A policy called X already exists. Duplicate names are not allowed.`
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation, type AccessCheck } from '../../../common/operation.js';
import { entityAlreadyExists } from '../../../common/service-error.js';
import { iamArn } from '../../common/arns.js';
import { checkPolicyDocument, checkQuota, QUOTAS } from '../../common/policy-document.js';
import { customerPolicyView } from '../../common/policy-lookup.js';
import { policyShape } from '../../common/policy-shape.js';
import { UNUSED } from '../../common/policy-usage.js';
import { DESCRIPTION, POLICY_DOCUMENT, POLICY_NAME, POLICY_PATH } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { checkTagKeys } from '../../common/tagging.js';

export const createPolicy = defineOperation({
  name: 'CreatePolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      policyName: reader.string('PolicyName', POLICY_NAME),
      path: reader.optionalString('Path', POLICY_PATH) ?? '/',
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
      description: reader.optionalString('Description', DESCRIPTION),
      tags: reader.optionalTags() ?? [],
    };
    reader.done();
    return input;
  },
  access(input, ctx) {
    const arn = iamArn(ctx.caller.accountId, 'policy', input.path, input.policyName);
    const context = requestTagContext(input.tags);
    const checks: AccessCheck[] = [{ action: 'iam:CreatePolicy', resource: arn, context }];
    if (input.tags.length > 0) checks.push({ action: 'iam:TagPolicy', resource: arn, context });
    return checks;
  },
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    checkTagKeys(input.tags);
    checkPolicyDocument(input.policyDocument, 'identity');
    checkQuota(input.policyDocument, QUOTAS.managedPolicy, 'PolicySize');
    const key = input.policyName.toLowerCase();
    if (await ctx.tx.get('policies', account, key)) {
      throw entityAlreadyExists(
        `A policy called ${input.policyName} already exists. Duplicate names are not allowed.`,
      );
    }
    const now = ctx.now.toISOString();
    const record = {
      accountId: account,
      name: input.policyName,
      id: uniqueId('ANPA'),
      path: input.path,
      arn: iamArn(account, 'policy', input.path, input.policyName),
      createDate: now,
      ...(input.description !== undefined ? { description: input.description } : {}),
      updateDate: now,
      defaultVersionId: 'v1',
      versions: [{ versionId: 'v1', document: input.policyDocument, createDate: now }],
      nextVersion: 2,
      tags: input.tags,
    };
    await ctx.tx.put('policies', account, key, record);
    return { Policy: policyShape(customerPolicyView(record), UNUSED, { description: true, tags: true }) };
  },
});
