/**
 * ListRolePolicies: the names of a role's inline policies, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { ROLE_NAME } from '../../common/rules.js';

export const listRolePolicies = defineOperation({
  name: 'ListRolePolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME), page: readPageRequest(reader) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:ListRolePolicies', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    return paginate(role.inlinePolicies, input.page, 'PolicyNames', (policy) => policy.name);
  },
});
