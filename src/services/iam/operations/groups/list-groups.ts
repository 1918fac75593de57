/**
 * ListGroups: the account's groups whose path begins with PathPrefix (default `/`), paginated. AWS
 * authorizes iam:ListGroups on the group ARN prefix `arn:aws:iam::ACCOUNT:group/PATHPREFIX` (its
 * AccessDenied messages name `...:group/`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListGroups.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { iamArn } from '../../common/arns.js';
import { groupShape } from '../../common/group-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { PATH_PREFIX } from '../../common/rules.js';

export const listGroups = defineOperation({
  name: 'ListGroups',
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
    { action: 'iam:ListGroups', resource: iamArn(ctx.caller.accountId, 'group', input.pathPrefix, '') },
  ],
  async run(input, ctx) {
    const groups = await ctx.tx.list('groups', ctx.caller.accountId);
    const matching = groups.filter((g) => g.path.startsWith(input.pathPrefix));
    return paginate(matching, input, 'Groups', groupShape);
  },
});
