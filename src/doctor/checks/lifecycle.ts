/**
 * Lifecycle management prerequisites: IB010 each lifecycle policy's execution role trusts
 * imagebuilder.amazonaws.com and has the permissions of EC2ImageBuilderLifecycleExecutionPolicy; IB011
 * each account the policy's images were distributed to (targetAccountIds) has the role
 * Ec2ImageBuilderCrossAccountLifecycleAccess trusting imagebuilder.amazonaws.com for the source account
 * (aws:SourceAccount, aws:SourceArn of an image) with the same permissions (IB012 is in repository-tags.ts).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 */
import { createRole } from '../fixes/builders.js';
import {
  IMAGE_BUILDER_SERVICE,
  MANAGED,
  ROLE_NAMES,
  crossAccountLifecycleTrust,
  serviceTrust,
} from '../fixes/documents.js';
import type { DistributionConfiguration, LifecyclePolicy } from '../snapshot/types.js';
import { arnParts, baseName, type AccountView } from '../world.js';
import type { CheckContext } from './context.js';
import { checkPermissions, checkTrust, service } from './role-checks.js';

export const isContainer = (p: LifecyclePolicy) => p.resourceType === 'CONTAINER_IMAGE';

/** The recipe name of an image or container recipe ARN (`.../image-recipe/NAME/1.0.0`). */
const recipeName = (arn: string | undefined) => (arn ? (arn.split('/')[1] ?? '') : '');

/** The distribution configurations of the builds the lifecycle policy selects (all when it cannot tell). */
export function selectedDistributions(
  account: AccountView,
  policy: LifecyclePolicy,
): DistributionConfiguration[] {
  const ib = account.imagebuilder;
  const names = new Set(policy.recipes.map((r) => r.name.toLowerCase()));
  const builds = ib.builds.filter((b) =>
    names.has(recipeName(isContainer(policy) ? b.containerRecipeArn : b.imageRecipeArn).toLowerCase()),
  );
  const arns = new Set(builds.map((b) => b.distributionConfigurationArn).filter((a) => a !== undefined));
  const chosen = ib.distributionConfigurations.filter((d) => arns.has(d.arn));
  return chosen.length > 0 ? chosen : [...ib.distributionConfigurations];
}

const checkedRoles = new WeakMap<CheckContext, Set<string>>();

/** Once per execution role: several lifecycle policies usually share one. */
export function checkLifecycleRole(ctx: CheckContext, account: AccountView, policy: LifecyclePolicy): void {
  if (!policy.executionRole) return;
  const seen = checkedRoles.get(ctx) ?? new Set<string>();
  checkedRoles.set(ctx, seen);
  const key = `${account.id} ${baseName(policy.executionRole).toLowerCase()}`;
  if (seen.has(key)) return;
  seen.add(key);
  const region = arnParts(policy.arn).region || ctx.region;
  const role = account.role(policy.executionRole);
  const trust = serviceTrust(IMAGE_BUILDER_SERVICE);
  if (!role) {
    const name = baseName(policy.executionRole);
    ctx.findings.fail(
      'IB010',
      account.id,
      account.roleArn(policy.executionRole),
      `The execution role ${name} of lifecycle policy ${policy.name} does not exist.`,
      {
        account: account.id,
        actions: createRole({ roleName: name, trust, managed: [MANAGED.lifecycleExecution] }),
        policy: trust,
      },
    );
    return;
  }
  const context = { 'aws:SourceAccount': account.id, 'aws:SourceArn': policy.arn };
  checkTrust(
    ctx,
    'IB010',
    account,
    role,
    [service(IMAGE_BUILDER_SERVICE, context)],
    trust,
    IMAGE_BUILDER_SERVICE,
  );
  checkPermissions(ctx, 'IB010', account, role, ctx.managed(MANAGED.lifecycleExecution, account.id, region), {
    managedArn: MANAGED.lifecycleExecution,
  });
}

export function checkCrossAccountLifecycle(ctx: CheckContext, account: AccountView): void {
  const policies = account.imagebuilder.lifecyclePolicies.filter((p) => !isContainer(p));
  const destinations = new Map<string, string>();
  for (const policy of policies)
    for (const config of selectedDistributions(account, policy))
      for (const d of config.distributions)
        for (const t of d.targetAccountIds)
          if (t !== account.id && !destinations.has(t)) destinations.set(t, d.region);
  for (const [destId, region] of destinations) {
    const trust = crossAccountLifecycleTrust(account.id);
    const fix = {
      account: destId,
      actions: createRole({
        roleName: ROLE_NAMES.crossAccountLifecycle,
        trust,
        managed: [MANAGED.lifecycleExecution],
      }),
      policy: trust,
    };
    const roleArn = `arn:aws:iam::${destId}:role/${ROLE_NAMES.crossAccountLifecycle}`;
    const dest = ctx.world.account(destId);
    const what = `Lifecycle policies of account ${account.id} act on images distributed to account ${destId}`;
    if (!dest) {
      ctx.findings.warn(
        'IB011',
        destId,
        roleArn,
        `${what}, whose account details were not given: cannot verify ${ROLE_NAMES.crossAccountLifecycle} there.`,
        fix,
      );
      continue;
    }
    const role = dest.role(ROLE_NAMES.crossAccountLifecycle);
    if (!role) {
      ctx.findings.fail(
        'IB011',
        destId,
        roleArn,
        `${what}, which has no role ${ROLE_NAMES.crossAccountLifecycle}.`,
        fix,
      );
      continue;
    }
    const image = `arn:aws:imagebuilder:${region || ctx.region}:${account.id}:image/ibiam-doctor/1.0.0/1`;
    const context = { 'aws:SourceAccount': account.id, 'aws:SourceArn': image };
    checkTrust(
      ctx,
      'IB011',
      dest,
      role,
      [service(IMAGE_BUILDER_SERVICE, context)],
      trust,
      `${IMAGE_BUILDER_SERVICE} on behalf of account ${account.id}`,
    );
    checkPermissions(
      ctx,
      'IB011',
      dest,
      role,
      ctx.managed(MANAGED.lifecycleExecution, destId, region || ctx.region),
      {
        managedArn: MANAGED.lifecycleExecution,
      },
    );
  }
}
