/**
 * ListGroupPolicies: the names of a group's inline policies, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroupPolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { groupCheck, requireGroup } from '../../common/group-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { GROUP_NAME } from '../../common/rules.js';

export const listGroupPolicies = defineOperation({
  name: 'ListGroupPolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { groupName: reader.string('GroupName', GROUP_NAME), ...readPageRequest(reader) };
    reader.done();
    return input;
  },
  access: async (input, ctx) => [await groupCheck(ctx, 'iam:ListGroupPolicies', input.groupName)],
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    return paginate(group.inlinePolicies, input, 'PolicyNames', (p) => p.name);
  },
});
