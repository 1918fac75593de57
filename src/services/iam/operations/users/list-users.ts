/**
 * ListUsers: the account's users whose path begins with PathPrefix (default `/`), paginated, without
 * their tags and permissions boundaries. AWS authorizes iam:ListUsers on the user ARN prefix
 * `arn:aws:iam::ACCOUNT:user/PATHPREFIX` (its AccessDenied messages name `...:user/`), so a policy may
 * scope listing to a path such as `user/division_abc/*`.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { iamArn } from '../../common/arns.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { PATH_PREFIX } from '../../common/rules.js';
import { userSummaryShape } from '../../common/user-summary-shape.js';

export const listUsers = defineOperation({
  name: 'ListUsers',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      pathPrefix: reader.optionalString('PathPrefix', PATH_PREFIX) ?? '/',
      ...readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  access: (input, ctx) => [
    { action: 'iam:ListUsers', resource: iamArn(ctx.caller.accountId, 'user', input.pathPrefix, '') },
  ],
  async run(input, ctx) {
    const users = await ctx.tx.list('users', ctx.caller.accountId);
    const matching = users.filter((u) => u.path.startsWith(input.pathPrefix));
    return paginate(matching, input, 'Users', userSummaryShape);
  },
});
