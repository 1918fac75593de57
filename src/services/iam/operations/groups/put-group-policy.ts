/**
 * PutGroupPolicy: adds or replaces an inline policy of a group. The document must be a valid identity
 * policy (MalformedPolicyDocument), and all of the group's inline policies together may hold at most
 * 5,120 characters without whitespace (LimitExceeded).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutGroupPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, requireGroup, saveGroup } from '../../common/group-access.js';
import { putInlinePolicy } from '../../common/inline-policies.js';
import { QUOTAS } from '../../common/policy-document.js';
import { GROUP_NAME, POLICY_DOCUMENT, POLICY_NAME } from '../../common/rules.js';

export const putGroupPolicy = defineOperation({
  name: 'PutGroupPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
      policyDocument: reader.string('PolicyDocument', POLICY_DOCUMENT),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:PutGroupPolicy', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const inlinePolicies = putInlinePolicy(group.inlinePolicies, input.policyName, input.policyDocument, {
      kind: 'group',
      name: group.name,
      quota: QUOTAS.groupInline,
    });
    await saveGroup(ctx, { ...group, inlinePolicies });
    return undefined;
  },
});
