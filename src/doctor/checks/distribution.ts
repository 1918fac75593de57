/**
 * IB009: each account an AMI is distributed to (targetAccountIds) has the role
 * EC2ImageBuilderDistributionCrossAccountRole, whose trust policy lets the source account assume it
 * (its root, or Image Builder's service-linked role in it), with the permissions of
 * Ec2ImageBuilderCrossAccountDistributionAccess. Launch permissions alone need no role.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/cross-account-dist.html
 */
import { createRole } from '../fixes/builders.js';
import { MANAGED, ROLE_NAMES, sourceAccountTrust } from '../fixes/documents.js';
import type { AccountView } from '../world.js';
import type { CheckContext } from './context.js';
import { checkPermissions, checkTrust, type Caller } from './role-checks.js';

/** The callers from the source account that may assume a cross-account role on Image Builder's behalf. */
export function sourceAccountCallers(ctx: CheckContext, source: string): Caller[] {
  const slrPolicy = ctx.cache.compile(
    MANAGED.serviceLinkedRole,
    'identity',
    ctx.cache.awsManagedDocument(MANAGED.serviceLinkedRole),
  );
  return [
    { info: { arn: `arn:aws:iam::${source}:root` } },
    {
      info: {
        arn: `arn:aws:sts::${source}:assumed-role/${ROLE_NAMES.serviceLinked}/ImageBuilder`,
        roleArn: `arn:aws:iam::${source}:role${ROLE_NAMES.serviceLinkedPath}${ROLE_NAMES.serviceLinked}`,
      },
      identity: slrPolicy ? [slrPolicy] : [],
    },
  ];
}

/** The pairs (target account, Region) an account distributes AMIs to, other than itself. */
function targetsOf(account: AccountView): Map<string, string> {
  const targets = new Map<string, string>();
  for (const config of account.imagebuilder.distributionConfigurations)
    for (const d of config.distributions)
      for (const t of d.targetAccountIds) if (t !== account.id && !targets.has(t)) targets.set(t, d.region);
  return targets;
}

export function checkDistributionTargets(ctx: CheckContext, account: AccountView): void {
  for (const [targetId, region] of targetsOf(account)) {
    const roleArn = `arn:aws:iam::${targetId}:role/${ROLE_NAMES.distribution}`;
    const fixActions = createRole({
      roleName: ROLE_NAMES.distribution,
      trust: sourceAccountTrust(account.id),
      managed: [MANAGED.crossAccountDistribution],
      description: `EC2 Image Builder distribution from account ${account.id}`,
    });
    const target = ctx.world.account(targetId);
    if (!target) {
      ctx.findings.warn(
        'IB009',
        targetId,
        roleArn,
        `Account ${account.id} distributes AMIs to account ${targetId}, whose account details were not given: cannot verify that ${ROLE_NAMES.distribution} exists there with the right trust and permissions.`,
        { account: targetId, actions: fixActions, policy: sourceAccountTrust(account.id) },
      );
      continue;
    }
    const role = target.role(ROLE_NAMES.distribution);
    if (!role) {
      ctx.findings.fail(
        'IB009',
        targetId,
        roleArn,
        `Account ${account.id} distributes AMIs to account ${targetId}, which has no role ${ROLE_NAMES.distribution}.`,
        { account: targetId, actions: fixActions, policy: sourceAccountTrust(account.id) },
      );
      continue;
    }
    checkTrust(
      ctx,
      'IB009',
      target,
      role,
      sourceAccountCallers(ctx, account.id),
      sourceAccountTrust(account.id),
      `the source account ${account.id}`,
    );
    checkPermissions(
      ctx,
      'IB009',
      target,
      role,
      ctx.managed(MANAGED.crossAccountDistribution, targetId, region || ctx.region),
      {
        managedArn: MANAGED.crossAccountDistribution,
      },
    );
  }
}
