/**
 * Runs every check over the accounts of a World and returns the report. The order is the order of the
 * seed documents: the service-linked role, the instance profiles and their callers, distribution,
 * lifecycle, status topics, execution roles, then AWS Marketplace.
 */
import type { Catalog } from '../../policy/catalog/types.js';
import type { AwsManagedPolicies } from '../../services/iam/aws-managed/catalog.js';
import type { World } from '../world.js';
import { CheckContext, type DoctorOptions } from './context.js';
import { checkDistributionTargets } from './distribution.js';
import { checkExecutionRoleCallers, checkExecutionRoles } from './execution-roles.js';
import { sortFindings, type DoctorReport } from './findings.js';
import { checkInfrastructureCallers } from './infrastructure-callers.js';
import { checkInstanceProfile } from './instance-profiles.js';
import { checkCrossAccountLifecycle, checkLifecycleRole } from './lifecycle.js';
import { checkRepositoryTags } from './repository-tags.js';
import { checkMarketplace } from './marketplace.js';
import { checkServiceLinkedRole } from './service-linked-role.js';
import { checkStatusTopic } from './status-topics.js';

export function runChecks(
  world: World,
  awsManaged: AwsManagedPolicies,
  catalog: Catalog,
  options: DoctorOptions = {},
): DoctorReport {
  const ctx = new CheckContext(world, awsManaged, catalog, options);
  const progress = ctx.progress;
  for (const account of world.list()) {
    const ib = account.imagebuilder;
    progress.start(`checking account ${account.id}`, 8 + ib.infrastructureConfigurations.length);
    checkServiceLinkedRole(ctx, account);
    progress.tick();
    for (const infra of ib.infrastructureConfigurations) {
      checkInstanceProfile(ctx, account, infra);
      checkStatusTopic(ctx, account, infra);
      progress.tick();
    }
    const families = [
      checkInfrastructureCallers,
      checkDistributionTargets,
      (c: CheckContext, a: typeof account) =>
        ib.lifecyclePolicies.forEach((p) => checkLifecycleRole(c, a, p)),
      checkCrossAccountLifecycle,
      checkRepositoryTags,
      checkExecutionRoles,
      checkExecutionRoleCallers,
    ];
    for (const family of families) {
      family(ctx, account);
      progress.tick();
    }
    checkMarketplace(ctx, account);
    progress.end();
  }
  for (const missing of world.unknownAccounts) {
    ctx.findings.warn(
      'DOC001',
      missing,
      `arn:aws:iam::${missing}:root`,
      `Image Builder resources of account ${missing} were given, but not its account details (--account-details): its prerequisites were not checked.`,
    );
  }
  const inputs: Record<string, string> = {};
  for (const account of world.list()) inputs[account.id] = account.snapshot.source;
  return {
    findings: sortFindings(ctx.findings.list),
    passed: ctx.findings.passed,
    accounts: world.list().map((a) => a.id),
    inputs,
  };
}
