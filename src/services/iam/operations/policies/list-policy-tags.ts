/**
 * ListPolicyTags: the tags of a managed policy, in the order they were added (an AWS managed policy
 * exists but has none).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicyTags.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { policyAccess } from '../../common/policy-access.js';
import { parsePolicyArn } from '../../common/policy-arn.js';
import { requireManagedPolicyView } from '../../common/policy-lookup.js';
import { ARN } from '../../common/rules.js';

export const listPolicyTags = defineOperation({
  name: 'ListPolicyTags',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const policyArn = reader.string('PolicyArn', ARN);
    const page = readPageRequest(reader);
    reader.done();
    parsePolicyArn(policyArn);
    return { policyArn, page };
  },
  async access(input, ctx) {
    return [await policyAccess(ctx, 'iam:ListPolicyTags', input.policyArn, { read: true })];
  },
  async run(input, ctx) {
    const view = await requireManagedPolicyView(ctx.tx, ctx.awsManaged, input.policyArn);
    return paginate(view.tags, input.page, 'Tags', (tag) => ({ Key: tag.Key, Value: tag.Value }));
  },
});
