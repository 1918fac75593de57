/**
 * DeleteGroup: deletes a group that is empty. AWS refuses with DeleteConflict while it has users
 * (`Cannot delete entity, must remove users from group first.`), inline policies (`... must delete
 * policies first.`) or attached managed policies (`... must detach all policies first.`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteGroup.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { groupCheck, groupMembers, requireGroup } from '../../common/group-access.js';
import { GROUP_NAME } from '../../common/rules.js';

export const deleteGroup = defineOperation({
  name: 'DeleteGroup',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { groupName: reader.string('GroupName', GROUP_NAME) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:DeleteGroup', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    if ((await groupMembers(ctx, group.name)).length > 0) {
      throw deleteConflict('Cannot delete entity, must remove users from group first.');
    }
    if (group.inlinePolicies.length > 0)
      throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (group.attachedPolicies.length > 0) {
      throw deleteConflict('Cannot delete entity, must detach all policies first.');
    }
    await ctx.tx.delete('groups', ctx.caller.accountId, group.name.toLowerCase());
    return undefined;
  },
});
