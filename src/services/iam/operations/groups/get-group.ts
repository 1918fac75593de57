/**
 * GetGroup: a group and its users (paginated over the users, in user-name order). The users are
 * returned as ListUsers returns them, without tags or boundary.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, groupMembers, groupShape, requireGroup } from '../../common/group-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { GROUP_NAME } from '../../common/rules.js';
import { userSummaryShape } from '../../common/user-summary-shape.js';

export const getGroup = defineOperation({
  name: 'GetGroup',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { groupName: reader.string('GroupName', GROUP_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:GetGroup', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const members = await groupMembers(ctx, group.name);
    return { Group: groupShape(group), ...paginate(members, input, 'Users', userSummaryShape) };
  },
});
