/**
 * IB002-IB007, per infrastructure configuration: its instance profile exists and holds exactly one role
 * (IB002), which trusts ec2.amazonaws.com (IB003) and has the permissions of
 * EC2InstanceProfileForImageBuilder (IB004), AmazonSSMManagedInstanceCore (IB005),
 * EC2InstanceProfileForImageBuilderECRContainerBuilds when container recipes build on it (IB006), and
 * s3:PutObject on the logging bucket and prefix (IB007).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import type { FixAction } from '../fixes/actions.js';
import { createRole, policyName } from '../fixes/builders.js';
import { EC2_SERVICE, MANAGED, s3LoggingPolicy, serviceTrust } from '../fixes/documents.js';
import type { IamRole, InfrastructureConfiguration } from '../snapshot/types.js';
import { arnParts, type AccountView } from '../world.js';
import type { CheckContext } from './context.js';
import { checkPermissions, checkTrust, service } from './role-checks.js';

/** Whether container recipes build on the infrastructure configuration (all of them when unknown). */
export function buildsContainers(account: AccountView, infra: InfrastructureConfiguration): boolean {
  const ib = account.imagebuilder;
  if (ib.containerRecipes.length === 0 && !ib.builds.some((b) => b.containerRecipeArn)) return false;
  const linked = ib.builds.filter((b) => b.containerRecipeArn);
  if (linked.length === 0) return true;
  return linked.some((b) => b.infrastructureConfigurationArn === infra.arn);
}

function loggingPolicyName(infra: InfrastructureConfiguration): string {
  return policyName('ImageBuilderLogging', infra.s3Logs?.bucket ?? infra.name);
}

/** IB002's fix: a role (named after the profile) with everything the instance needs, in the profile. */
function profileFix(
  account: AccountView,
  infra: InfrastructureConfiguration,
  containers: boolean,
): FixAction[] {
  const name = infra.instanceProfileName!;
  const actions: FixAction[] = [];
  const existingRole = account.role(name);
  if (!existingRole) {
    actions.push(
      ...createRole({
        roleName: name,
        trust: serviceTrust(EC2_SERVICE),
        managed: [
          MANAGED.instanceProfile,
          MANAGED.ssmCore,
          ...(containers ? [MANAGED.ecrContainerBuilds] : []),
        ],
        inline: infra.s3Logs
          ? [
              {
                name: loggingPolicyName(infra),
                document: s3LoggingPolicy(infra.s3Logs.bucket, infra.s3Logs.prefix),
              },
            ]
          : [],
        description: 'EC2 Image Builder build instances',
      }),
    );
  }
  if (!account.instanceProfile(name))
    actions.push({ kind: 'create-instance-profile', instanceProfileName: name });
  actions.push({ kind: 'add-role-to-instance-profile', instanceProfileName: name, roleName: name });
  return actions;
}

/** IB002: the role of the infrastructure configuration's instance profile, or undefined after a finding. */
export function instanceRoleOf(
  ctx: CheckContext,
  account: AccountView,
  infra: InfrastructureConfiguration,
  report = true,
): IamRole | undefined {
  const name = infra.instanceProfileName;
  const profile = name ? account.instanceProfile(name) : undefined;
  const roles = profile?.roles ?? [];
  const role = roles.length === 1 ? account.role(roles[0]!) : undefined;
  if (role) {
    if (report) ctx.findings.pass();
    return role;
  }
  if (!report) return undefined;
  const containers = buildsContainers(account, infra);
  const resource = name ? account.instanceProfileArn(name) : infra.arn;
  let message: string;
  if (!name) message = `Infrastructure configuration ${infra.name} names no instance profile.`;
  else if (!profile)
    message = `Instance profile ${name} of infrastructure configuration ${infra.name} does not exist in account ${account.id} (a profile without a role is not listed in the account authorization details either).`;
  else if (roles.length === 0)
    message = `Instance profile ${name} of infrastructure configuration ${infra.name} holds no role.`;
  else if (roles.length > 1)
    message = `Instance profile ${name} holds ${roles.length} roles; it must hold exactly one.`;
  else
    message = `Instance profile ${name} holds role ${roles[0]}, which is not in the snapshot of account ${account.id}.`;
  const fixable = name !== undefined && roles.length === 0;
  ctx.findings.fail(
    'IB002',
    account.id,
    resource,
    message,
    fixable
      ? { account: account.id, actions: profileFix(account, infra, containers) }
      : {
          account: account.id,
          actions: [],
          note: 'Give the infrastructure configuration an instance profile holding one role.',
        },
  );
  return undefined;
}

export function checkInstanceProfile(
  ctx: CheckContext,
  account: AccountView,
  infra: InfrastructureConfiguration,
): void {
  const role = instanceRoleOf(ctx, account, infra);
  if (!role) return;
  const region = arnParts(infra.arn).region || ctx.region;
  const a = account.id;
  checkTrust(ctx, 'IB003', account, role, [service(EC2_SERVICE)], serviceTrust(EC2_SERVICE), EC2_SERVICE);
  checkPermissions(ctx, 'IB004', account, role, ctx.managed(MANAGED.instanceProfile, a, region), {
    managedArn: MANAGED.instanceProfile,
  });
  checkPermissions(ctx, 'IB005', account, role, ctx.managed(MANAGED.ssmCore, a, region), {
    managedArn: MANAGED.ssmCore,
  });
  if (buildsContainers(account, infra)) {
    checkPermissions(ctx, 'IB006', account, role, ctx.managed(MANAGED.ecrContainerBuilds, a, region), {
      managedArn: MANAGED.ecrContainerBuilds,
    });
  }
  if (infra.s3Logs) {
    const document = s3LoggingPolicy(infra.s3Logs.bucket, infra.s3Logs.prefix);
    const set = ctx.document(
      `s3:PutObject to the logging bucket ${infra.s3Logs.bucket}`,
      document,
      a,
      region,
    );
    checkPermissions(ctx, 'IB007', account, role, set, {
      inline: { name: loggingPolicyName(infra), document },
    });
  }
}
