/**
 * AddUserToGroup: adds a user to a group (adding a member again changes nothing). A user belongs to at
 * most 10 groups (LimitExceeded `Cannot exceed quota for GroupsPerUser: 10`). The user's permissions
 * include the group's policies from the very next request.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddUserToGroup.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { limitExceeded } from '../../../common/service-error.js';
import { groupCheck, isMember, MAX_GROUPS_PER_USER, requireGroup } from '../../common/group-access.js';
import { GROUP_NAME, USER_NAME } from '../../common/rules.js';
import { requireUser, saveUser } from '../../common/user-access.js';

export const addUserToGroup = defineOperation({
  name: 'AddUserToGroup',
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
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:AddUserToGroup', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const user = await requireUser(ctx, input.userName);
    if (isMember(user, group.name)) return undefined;
    if (user.groups.length >= MAX_GROUPS_PER_USER) {
      throw limitExceeded(`Cannot exceed quota for GroupsPerUser: ${MAX_GROUPS_PER_USER}`);
    }
    await saveUser(ctx, { ...user, groups: [...user.groups, group.name] });
    return undefined;
  },
});
