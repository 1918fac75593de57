/**
 * UntagPolicy: removes tags (by key, case-insensitively) from a customer managed policy; keys it does not
 * have are ignored. AWS managed policies have no tags to remove (see TagPolicy).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { invalidInput } from '../../../common/service-error.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { TAG_KEY } from '../../common/policy-input.js';
import { requireCustomerPolicy } from '../../common/policy-lookup.js';
import { ARN } from '../../common/rules.js';
import { removeTags } from '../../common/tagging.js';
import { TAGS_NOT_SUPPORTED } from './tag-policy.js';

export const untagPolicy = defineOperation({
  name: 'UntagPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    const tagKeys = reader.optionalStringList('TagKeys', TAG_KEY, 50);
    if (tagKeys === undefined) reader.string('TagKeys');
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn, tagKeys: tagKeys ?? [] };
  },
  async access(input, ctx) {
    const context = { 'aws:TagKeys': input.tagKeys };
    return [await policyAccess(ctx, 'iam:UntagPolicy', input.policyArn, { read: true, context })];
  },
  async run(input, ctx) {
    if (parsePolicyArn(input.policyArn).awsManaged) throw invalidInput(TAGS_NOT_SUPPORTED);
    const record = await requireCustomerPolicy(ctx.tx, input.policyArn);
    const tags = removeTags(record.tags, input.tagKeys);
    await ctx.tx.put('policies', record.accountId, record.name.toLowerCase(), { ...record, tags });
    return undefined;
  },
});
