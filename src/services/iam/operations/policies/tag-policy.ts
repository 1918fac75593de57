/**
 * TagPolicy: adds or replaces tags of a customer managed policy (keys case-insensitive, at most 50).
 * AWS managed policies cannot be tagged: InvalidInput `Tags not supported for policies in this domain`,
 * the message AWS returns (reported in aws-controllers-k8s/community#2774).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { invalidInput } from '../../../common/service-error.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { requireCustomerPolicy } from '../../common/policy-lookup.js';
import { ARN } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { mergeTags } from '../../common/tagging.js';

export const TAGS_NOT_SUPPORTED = 'Tags not supported for policies in this domain';

export const tagPolicy = defineOperation({
  name: 'TagPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    const tags = reader.optionalTags();
    if (tags === undefined) reader.string('Tags');
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn, tags: tags ?? [] };
  },
  async access(input, ctx) {
    const context = requestTagContext(input.tags);
    return [await policyAccess(ctx, 'iam:TagPolicy', input.policyArn, { read: true, context })];
  },
  async run(input, ctx) {
    if (parsePolicyArn(input.policyArn).awsManaged) throw invalidInput(TAGS_NOT_SUPPORTED);
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    const tags = mergeTags(record.tags, input.tags);
    await ctx.tx.put('policies', record.accountId, record.name.toLowerCase(), { ...record, tags });
    return undefined;
  },
});
