/**
 * The AWS Marketplace private image build prerequisites (seed 000), found by what roles can do, not by
 * their names: MP001 an instance profile whose role trusts ec2 and ssm with the permissions of
 * InstanceRolePermissionsPolicy; MP002 a role trusting ec2 and ssm with the permissions of
 * AutomationRolePermissionsPolicy, including iam:PassRole of the instance role; MP003 the users and groups
 * who build private images (allowed the aws-marketplace build actions) have AWSMarketplaceFullAccess's
 * permissions and may list and pass both roles. When nothing qualifies, the finding is on the closest role.
 * https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
 */
import { describeGap, type Gap } from '../engine/permissions.js';
import type { RequirementSet } from '../engine/requirements.js';
import type { FixAction } from '../fixes/actions.js';
import { createRole } from '../fixes/builders.js';
import {
  EC2_SERVICE,
  MP_INSTANCE_ROLE_POLICY,
  ROLE_NAMES,
  SSM_SERVICE,
  mpAutomationRolePolicy,
  serviceTrust,
} from '../fixes/documents.js';
import type { IamRole } from '../snapshot/types.js';
import { SERVICE_ROLE_PATH, type AccountView } from '../world.js';
import type { CheckContext } from './context.js';
import { checkBuilders, marketplaceBuilders } from './marketplace-builders.js';

const BOTH = serviceTrust(SSM_SERVICE, EC2_SERVICE);
export const MP_INSTANCE_POLICY_NAME = 'InstanceRolePermissionsPolicy';
export const MP_AUTOMATION_POLICY_NAME = 'AutomationRolePermissionsPolicy';

interface Candidate {
  readonly role: IamRole;
  readonly ec2: boolean;
  readonly ssm: boolean;
  readonly profile: boolean;
  readonly gap: Gap;
}

const score = (c: Candidate, needsProfile: boolean) =>
  (needsProfile && c.profile ? 1 : 0) +
  (c.ec2 ? 1 : 0) +
  (c.ssm ? 1 : 0) +
  (c.gap.total ? (c.gap.total - c.gap.missing.length) / c.gap.total : 1);

const ok = (c: Candidate, needsProfile: boolean) =>
  c.ec2 && c.ssm && c.gap.missing.length === 0 && (!needsProfile || c.profile);

/** Roles that EC2 or SSM may assume, with what they lack. */
function candidates(
  ctx: CheckContext,
  account: AccountView,
  set: (role: IamRole) => RequirementSet,
  exclude?: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const role of account.snapshot.roles) {
    if (role.path.startsWith(SERVICE_ROLE_PATH) || role.arn === exclude) continue;
    const ec2 = ctx.perms.trusts(role, { arn: EC2_SERVICE });
    const ssm = ctx.perms.trusts(role, { arn: SSM_SERVICE });
    if (!ec2 && !ssm) continue;
    const requirements = set(role);
    const gap = ctx.perms.gap(account, { kind: 'role', entity: role }, requirements);
    out.push({ role, ec2, ssm, profile: account.profilesOf(role).length > 0, gap });
  }
  return out;
}

/** Whether the account shows Marketplace private image builds: builders, or a role both EC2 and SSM may assume. */
export function marketplaceInUse(ctx: CheckContext, account: AccountView): boolean {
  if (marketplaceBuilders(ctx, account).length > 0) return true;
  return account.snapshot.roles.some(
    (r) =>
      !r.path.startsWith(SERVICE_ROLE_PATH) &&
      ctx.perms.trusts(r, { arn: EC2_SERVICE }) &&
      ctx.perms.trusts(r, { arn: SSM_SERVICE }),
  );
}

function describe(c: Candidate, needsProfile: boolean): string {
  const wrong: string[] = [];
  if (!c.ec2 || !c.ssm)
    wrong.push(
      `its trust policy does not let ${[!c.ec2 ? EC2_SERVICE : '', !c.ssm ? SSM_SERVICE : ''].filter(Boolean).join(' and ')} assume it`,
    );
  if (c.gap.missing.length > 0) wrong.push(`it ${describeGap(c.gap)}`);
  if (needsProfile && !c.profile) wrong.push('it is in no instance profile');
  return wrong.join('; ');
}

function repair(c: Candidate, policyName: string, document: unknown, needsProfile: boolean): FixAction[] {
  const actions: FixAction[] = [];
  const name = c.role.name;
  if (!c.ec2 || !c.ssm) actions.push({ kind: 'update-assume-role-policy', roleName: name, trust: BOTH });
  if (c.gap.missing.length > 0)
    actions.push({ kind: 'put-role-policy', roleName: name, policyName, document });
  if (needsProfile && !c.profile) {
    actions.push({ kind: 'create-instance-profile', instanceProfileName: name });
    actions.push({ kind: 'add-role-to-instance-profile', instanceProfileName: name, roleName: name });
  }
  return actions;
}

/** MP001 or MP002: passes when a role qualifies; returns the ARN of the role that qualifies or should. */
function checkRole(
  ctx: CheckContext,
  account: AccountView,
  id: 'MP001' | 'MP002',
  instanceRoleArn?: string,
): string {
  const instance = id === 'MP001';
  const label = instance ? MP_INSTANCE_POLICY_NAME : MP_AUTOMATION_POLICY_NAME;
  const newName = instance ? ROLE_NAMES.mpInstance : ROLE_NAMES.mpAutomation;
  const documentFor = (arn: string) =>
    instance ? MP_INSTANCE_ROLE_POLICY : mpAutomationRolePolicy(instanceRoleArn ?? arn);
  const found = candidates(
    ctx,
    account,
    () => ctx.document(label, documentFor(''), account.id),
    instance ? undefined : instanceRoleArn,
  );
  const winner = found.find((c) => ok(c, instance));
  if (winner) {
    ctx.findings.pass();
    return winner.role.arn;
  }
  const best = [...found].sort((a, b) => score(b, instance) - score(a, instance))[0];
  const document = documentFor('');
  if (!best) {
    const arn = `arn:aws:iam::${account.id}:role/${newName}`;
    const actions = createRole({ roleName: newName, trust: BOTH, inline: [{ name: label, document }] });
    if (instance)
      actions.push(
        { kind: 'create-instance-profile', instanceProfileName: newName },
        { kind: 'add-role-to-instance-profile', instanceProfileName: newName, roleName: newName },
      );
    ctx.findings.fail(
      id,
      account.id,
      arn,
      `No role of account ${account.id} ${instance ? 'in an instance profile ' : ''}trusts ${EC2_SERVICE} and ${SSM_SERVICE} with the permissions of ${label}.`,
      {
        account: account.id,
        actions,
        policy: document,
      },
    );
    return arn;
  }
  ctx.findings.fail(
    id,
    account.id,
    best.role.arn,
    `No role qualifies as the Marketplace ${instance ? 'instance' : 'automation'} role; the closest, ${best.role.name}: ${describe(best, instance)}.`,
    { account: account.id, actions: repair(best, label, document, instance), policy: document },
  );
  return best.role.arn;
}

export function checkMarketplace(ctx: CheckContext, account: AccountView): void {
  const force = ctx.options.marketplace;
  if (force === false || (force === undefined && !marketplaceInUse(ctx, account))) return;
  const instanceRoleArn = checkRole(ctx, account, 'MP001');
  const automationRoleArn = checkRole(ctx, account, 'MP002', instanceRoleArn);
  checkBuilders(ctx, account, [instanceRoleArn, automationRoleArn]);
}
