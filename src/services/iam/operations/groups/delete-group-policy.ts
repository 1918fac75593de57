/**
 * DeleteGroupPolicy: removes an inline policy from a group (NoSuchEntity when it has none of that name).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroupPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, requireGroup, saveGroup } from '../../common/group-access.js';
import { deleteInlinePolicy } from '../../common/inline-policies.js';
import { GROUP_NAME, POLICY_NAME } from '../../common/rules.js';

export const deleteGroupPolicy = defineOperation({
  name: 'DeleteGroupPolicy',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      policyName: reader.string('PolicyName', POLICY_NAME),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:DeleteGroupPolicy', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const inlinePolicies = deleteInlinePolicy(group.inlinePolicies, input.policyName, {
      kind: 'group',
      name: group.name,
    });
    await saveGroup(ctx, { ...group, inlinePolicies });
    return undefined;
  },
});
