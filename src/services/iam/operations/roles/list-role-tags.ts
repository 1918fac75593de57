/**
 * ListRoleTags: the tags of a role, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoleTags.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { ROLE_NAME } from '../../common/rules.js';

export const listRoleTags = defineOperation({
  name: 'ListRoleTags',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME), page: readPageRequest(reader) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:ListRoleTags', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    return paginate(role.tags, input.page, 'Tags', (tag) => ({ Key: tag.Key, Value: tag.Value }));
  },
});
