/**
 * ListInstanceProfiles: the account's instance profiles whose path starts with PathPrefix (default `/`),
 * with their roles, paginated. Listing operations leave out the tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { iamArn } from '../../common/arns.js';
import { instanceProfileShape } from '../../common/instance-profile-shape.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { PATH_PREFIX } from '../../common/rules.js';

export const listInstanceProfiles = defineOperation({
  name: 'ListInstanceProfiles',
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
    // Like ListRoles (`...:role/`), the request names the type's ARN with an empty name.
    const resource = iamArn(ctx.caller.accountId, 'instance-profile', '/', '');
    return [{ action: 'iam:ListInstanceProfiles', resource }];
  },
  async run(input, ctx) {
    const profiles = await ctx.tx.list('instance-profiles', ctx.caller.accountId);
    const matching = profiles.filter((profile) => profile.path.startsWith(input.pathPrefix));
    const shapes = [];
    for (const profile of matching) shapes.push(await instanceProfileShape(ctx.tx, profile, false));
    return paginate(shapes, input.page, 'InstanceProfiles', (shape) => shape);
  },
});
