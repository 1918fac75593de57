/**
 * MP003: the users and groups who build private images on the AWS Marketplace website. A builder is a
 * principal allowed the Private Image Build actions (aws-marketplace:StartBuild, ListBuilds,
 * DescribeBuilds) by a grant that names them: principals allowed every action (`"Action": "*"`, tested
 * with an action that does not exist) are left out, since they lack nothing. Each builder must have the
 * permissions of AWSMarketplaceFullAccess and may list the roles and pass both Marketplace roles.
 * https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
 */
import { describeGap, type Ask } from '../engine/permissions.js';
import type { FixAction } from '../fixes/actions.js';
import { attachPolicy, putPolicy } from '../fixes/builders.js';
import { MANAGED, mpBuilderPolicy } from '../fixes/documents.js';
import type { AccountView, Principal } from '../world.js';
import { principalLabel, type CheckContext } from './context.js';

const BUILD_ACTIONS = [
  'aws-marketplace:StartBuild',
  'aws-marketplace:ListBuilds',
  'aws-marketplace:DescribeBuilds',
];
const CANARY: Ask = { action: 'ibiamdoctorcanary:NoSuchAction', resource: '*' };
export const MP_BUILDER_POLICY_NAME = 'MarketplacePrivateImageBuild';

const builders = new WeakMap<CheckContext, Map<string, Principal[]>>();

export function marketplaceBuilders(ctx: CheckContext, account: AccountView): Principal[] {
  const byAccount = builders.get(ctx) ?? new Map<string, Principal[]>();
  builders.set(ctx, byAccount);
  let found = byAccount.get(account.id);
  if (!found) {
    const asks = BUILD_ACTIONS.map((action) => ({ action, resource: '*' }));
    // Only the users and groups whose documents mention a build action (or every action) can be builders.
    const users = new Set<Principal>(
      BUILD_ACTIONS.flatMap((a) => ctx.perms.sets.mayAllow(account, a)).filter((p) => p.kind === 'user'),
    );
    const groups = account.snapshot.groups
      .map((entity) => ({ kind: 'group' as const, entity }))
      .filter((g) =>
        BUILD_ACTIONS.some((a) => ctx.perms.sets.groupMayAllow(account, g.entity, a.toLowerCase())),
      );
    const everyone: Principal[] = [...account.principals().filter((p) => users.has(p)), ...groups];
    found = everyone.filter(
      (p) => asks.some((ask) => ctx.perms.allows(account, p, ask)) && !ctx.perms.allows(account, p, CANARY),
    );
    byAccount.set(account.id, found);
  }
  return found;
}

export function checkBuilders(ctx: CheckContext, account: AccountView, roleArns: readonly string[]): void {
  const full = ctx.managed(MANAGED.marketplaceFullAccess, account.id);
  const extra = ctx.document(
    'listing and passing the Marketplace roles',
    mpBuilderPolicy(roleArns),
    account.id,
  );
  for (const principal of marketplaceBuilders(ctx, account)) {
    const gaps = [ctx.perms.gap(account, principal, full), ctx.perms.gap(account, principal, extra)];
    const wrong = gaps.filter((g) => g.missing.length > 0);
    if (wrong.length === 0) {
      ctx.findings.pass();
      continue;
    }
    const actions: FixAction[] = [];
    if (gaps[0]!.missing.length > 0) actions.push(attachPolicy(principal, MANAGED.marketplaceFullAccess));
    if (gaps[1]!.missing.length > 0)
      actions.push(putPolicy(principal, MP_BUILDER_POLICY_NAME, mpBuilderPolicy(roleArns)));
    ctx.findings.fail(
      'MP003',
      account.id,
      principal.entity.arn,
      `${principalLabel(principal)} builds Marketplace private images but ${wrong.map((g) => describeGap(g)).join('; ')}.`,
      { account: account.id, actions, policy: mpBuilderPolicy(roleArns) },
    );
  }
}
