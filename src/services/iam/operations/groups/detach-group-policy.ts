/**
 * DetachGroupPolicy: detaches a managed policy from a group (NoSuchEntity `Policy ARN was not found.`
 * when it is not attached). Authorized with iam:PolicyARN.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DetachGroupPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { detachPolicy } from '../../common/attachments.js';
import { groupCheck, requireGroup, saveGroup } from '../../common/group-access.js';
import { ARN, GROUP_NAME } from '../../common/rules.js';
import { checkPolicyArn } from '../../common/user-managed-policies.js';

export const detachGroupPolicy = defineOperation({
  name: 'DetachGroupPolicy',
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
    await groupCheck(ctx, 'iam:DetachGroupPolicy', input.groupName, { 'iam:PolicyARN': input.policyArn }),
  ],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    checkPolicyArn(input.policyArn);
    await saveGroup(ctx, {
      ...group,
      attachedPolicies: detachPolicy(group.attachedPolicies, input.policyArn),
    });
    return undefined;
  },
});
