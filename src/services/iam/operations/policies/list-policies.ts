/**
 * ListPolicies: the managed policies available to the account, customer managed (Scope=Local) and AWS
 * managed (Scope=AWS) alike (Scope=All, the default), in name order, filtered by path prefix and by use:
 * OnlyAttached keeps the policies attached to a user, group or role, and PolicyUsageFilter chooses the
 * use (PermissionsPolicy: attached; PermissionsBoundary: used as a permissions boundary). Listings leave
 * out Description and Tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { checkEnums } from '../../common/policy-input.js';
import { awsPolicyView, customerPolicyView, type ManagedPolicyView } from '../../common/policy-lookup.js';
import { policyShape } from '../../common/policy-shape.js';
import { AccountPolicyUsage } from '../../common/policy-usage.js';
import { POLICY_PATH } from '../../common/rules.js';

const SCOPES = ['All', 'AWS', 'Local'] as const;
const USAGES = ['PermissionsPolicy', 'PermissionsBoundary'] as const;

export const listPolicies = defineOperation({
  name: 'ListPolicies',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const scope = reader.optionalString('Scope');
    const onlyAttached = reader.optionalBoolean('OnlyAttached') ?? false;
    const pathPrefix = reader.optionalString('PathPrefix', POLICY_PATH) ?? '/';
    const usageFilter = reader.optionalString('PolicyUsageFilter');
    const page = readPageRequest(reader);
    reader.done();
    checkEnums([
      ['Scope', scope, SCOPES],
      ['PolicyUsageFilter', usageFilter, USAGES],
    ]);
    return { scope: scope ?? 'All', onlyAttached, pathPrefix, usageFilter, page };
  },
  access: () => [{ action: 'iam:ListPolicies', resource: '*' }],
  async run(input, ctx) {
    const usage = await AccountPolicyUsage.load(ctx.tx, ctx.caller.accountId);
    const views: ManagedPolicyView[] = [];
    if (input.scope !== 'AWS') {
      for (const record of await ctx.tx.list('policies', ctx.caller.accountId)) {
        views.push(customerPolicyView(record));
      }
    }
    if (input.scope !== 'Local') {
      for (const policy of ctx.awsManaged.all()) views.push(awsPolicyView(ctx.awsManaged, policy));
    }
    const kept = views.filter((view) => {
      if (!view.path.startsWith(input.pathPrefix)) return false;
      const counts = usage.counts(view.arn);
      if (input.usageFilter === 'PermissionsBoundary') return counts.boundaries > 0;
      return !input.onlyAttached || counts.attachments > 0;
    });
    kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return paginate(kept, input.page, 'Policies', (view) =>
      policyShape(view, usage.counts(view.arn), { description: false, tags: false }),
    );
  },
});
