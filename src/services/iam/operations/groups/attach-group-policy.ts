/**
 * AttachGroupPolicy: attaches a managed policy (customer managed, or AWS managed) to a group; attaching
 * it again changes nothing; at most 10 per group (LimitExceeded `Cannot exceed quota for
 * PoliciesPerGroup: 10`). Authorized with iam:PolicyARN.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachGroupPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { attachPolicy } from '../../common/attachments.js';
import { groupCheck, requireGroup, saveGroup } from '../../common/group-access.js';
import { ARN, GROUP_NAME } from '../../common/rules.js';
import { requireAttachablePolicy } from '../../common/user-managed-policies.js';

export const attachGroupPolicy = defineOperation({
  name: 'AttachGroupPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      policyArn: reader.string('PolicyArn', ARN),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [
    await groupCheck(ctx, 'iam:AttachGroupPolicy', input.groupName, { 'iam:PolicyARN': input.policyArn }),
  ],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    await requireAttachablePolicy(ctx, input.policyArn, 'Group');
    const attachedPolicies = attachPolicy(group.attachedPolicies, input.policyArn, 'PoliciesPerGroup');
    await saveGroup(ctx, { ...group, attachedPolicies });
    return undefined;
  },
});
