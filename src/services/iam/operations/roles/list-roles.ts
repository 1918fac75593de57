/**
 * ListRoles: the account's roles whose path starts with PathPrefix (default `/`), paginated. Listing
 * operations return a subset of each role: no PermissionsBoundary, RoleLastUsed or Tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { iamArn } from '../../common/arns.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { roleShape } from '../../common/role-shape.js';
import { PATH_PREFIX } from '../../common/rules.js';

export const listRoles = defineOperation({
  name: 'ListRoles',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      pathPrefix: reader.optionalString('PathPrefix', PATH_PREFIX) ?? '/',
      page: readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  access(_input, ctx) {
    // AWS names `arn:aws:iam::ACCOUNT:role/` as the resource of a ListRoles request.
    return [{ action: 'iam:ListRoles', resource: iamArn(ctx.caller.accountId, 'role', '/', '') }];
  },
  async run(input, ctx) {
    const roles = await ctx.tx.list('roles', ctx.caller.accountId);
    const matching = roles.filter((role) => role.path.startsWith(input.pathPrefix));
    return paginate(matching, input.page, 'Roles', (role) => roleShape(role, 'list'));
  },
});
