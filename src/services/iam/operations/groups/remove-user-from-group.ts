/**
 * RemoveUserFromGroup: removes a user from a group. Both must exist (NoSuchEntity); removing a user that
 * is not a member returns success, as AWS does. The group's policies stop applying to the user from the
 * very next request.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveUserFromGroup.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, isMember, requireGroup } from '../../common/group-access.js';
import { GROUP_NAME, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser } from '../../common/user-access.js';

export const removeUserFromGroup = defineOperation({
  name: 'RemoveUserFromGroup',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      userName: reader.string('UserName', USER_NAME),
    };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:RemoveUserFromGroup', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const user = await requireUser(ctx, input.userName);
    if (!isMember(user, group.name)) return undefined;
    const key = group.name.toLowerCase();
    await saveUser(ctx, { ...user, groups: user.groups.filter((g) => g.toLowerCase() !== key) });
    return undefined;
  },
});
