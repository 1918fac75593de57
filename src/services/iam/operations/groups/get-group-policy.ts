/**
 * GetGroupPolicy: one inline policy of a group, its document URL-encoded as IAM returns it.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroupPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, requireGroup } from '../../common/group-access.js';
import { encodeDocument, getInlinePolicy } from '../../common/inline-policies.js';
import { GROUP_NAME, POLICY_NAME } from '../../common/rules.js';

export const getGroupPolicy = defineOperation({
  name: 'GetGroupPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:GetGroupPolicy', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const policy = getInlinePolicy(group.inlinePolicies, input.policyName, {
      kind: 'group',
      name: group.name,
    });
    return {
      GroupName: group.name,
      PolicyName: policy.name,
      PolicyDocument: encodeDocument(policy.document),
    };
  },
});
