/**
 * ListInstanceProfilesForRole: the instance profiles that hold the role, with their roles, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfilesForRole.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { instanceProfilesWithRole } from '../../common/instance-profile-access.js';
import { instanceProfileShape } from '../../common/instance-profile-shape.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { requireRole, roleCheck } from '../../common/role-access.js';
import { ROLE_NAME } from '../../common/rules.js';

export const listInstanceProfilesForRole = defineOperation({
  name: 'ListInstanceProfilesForRole',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { roleName: reader.string('RoleName', ROLE_NAME), page: readPageRequest(reader) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await roleCheck(ctx, 'iam:ListInstanceProfilesForRole', input.roleName)];
  },
  async run(input, ctx) {
    const role = await requireRole(ctx, input.roleName);
    const profiles = await instanceProfilesWithRole(ctx.tx, role.accountId, role.name);
    const shapes = [];
    for (const profile of profiles) shapes.push(await instanceProfileShape(ctx.tx, profile, false));
    return paginate(shapes, input.page, 'InstanceProfiles', (shape) => shape);
  },
});
