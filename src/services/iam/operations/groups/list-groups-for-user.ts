/**
 * ListGroupsForUser: the groups a user belongs to, in the order it joined them, paginated. Authorized on
 * the user (the SAR's resource type for this action).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupsForUser.html
 */
import type { GroupRecord } from '../../../../store/records.js';
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { findGroup, groupShape } from '../../common/group-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { USER_NAME } from '../../common/rules.js';
import { requireUser, userCheck } from '../../common/user-access.js';

export const listGroupsForUser = defineOperation({
  name: 'ListGroupsForUser',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { userName: reader.string('UserName', USER_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await userCheck(ctx, 'iam:ListGroupsForUser', input.userName)],
  async run(input, ctx) {
    const user = await requireUser(ctx, input.userName);
    const groups: GroupRecord[] = [];
    for (const name of user.groups) {
      const group = await findGroup(ctx, name);
      if (group) groups.push(group);
    }
    return paginate(groups, input, 'Groups', groupShape);
  },
});
