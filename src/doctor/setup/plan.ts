/**
 * `ibiam setup imagebuilder`: every role, instance profile and policy the seed documents describe, as fix
 * actions per account. In the source account: the service-linked role, the build instance role and its
 * instance profile (EC2InstanceProfileForImageBuilder, AmazonSSMManagedInstanceCore,
 * EC2InstanceProfileForImageBuilderECRContainerBuilds, and the S3 logging permission when a bucket is
 * named), with --lifecycle the lifecycle execution role, with --marketplace the Marketplace instance and
 * automation roles and a builders group. In each target account: EC2ImageBuilderDistributionCrossAccountRole
 * and, with --lifecycle, Ec2ImageBuilderCrossAccountLifecycleAccess.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
 * https://docs.aws.amazon.com/marketplace/latest/userguide/completing-prerequisite-steps.html
 */
import type { FixAction } from '../fixes/actions.js';
import { createRole } from '../fixes/builders.js';
import {
  EC2_SERVICE,
  IMAGE_BUILDER_SERVICE,
  MANAGED,
  MP_INSTANCE_ROLE_POLICY,
  ROLE_NAMES,
  SSM_SERVICE,
  crossAccountLifecycleTrust,
  mpAutomationRolePolicy,
  mpBuilderPolicy,
  s3LoggingPolicy,
  serviceTrust,
  sourceAccountTrust,
} from '../fixes/documents.js';

export interface SetupOptions {
  /** The source account; a placeholder is fine when no ARN needs it. */
  readonly account: string;
  readonly targetAccounts: readonly string[];
  readonly lifecycle: boolean;
  readonly marketplace: boolean;
  readonly logBucket?: string;
}

function profile(name: string): FixAction[] {
  return [
    { kind: 'create-instance-profile', instanceProfileName: name },
    { kind: 'add-role-to-instance-profile', instanceProfileName: name, roleName: name },
  ];
}

function sourceActions(o: SetupOptions): FixAction[] {
  const actions: FixAction[] = [{ kind: 'create-service-linked-role', service: IMAGE_BUILDER_SERVICE }];
  actions.push(
    ...createRole({
      roleName: ROLE_NAMES.instance,
      trust: serviceTrust(EC2_SERVICE),
      managed: [MANAGED.instanceProfile, MANAGED.ssmCore, MANAGED.ecrContainerBuilds],
      inline: o.logBucket
        ? [{ name: `ImageBuilderLogging-${o.logBucket}`, document: s3LoggingPolicy(o.logBucket) }]
        : [],
      description: 'EC2 Image Builder build instances',
    }),
    ...profile(ROLE_NAMES.instance),
  );
  if (o.lifecycle) {
    actions.push(
      ...createRole({
        roleName: ROLE_NAMES.lifecycle,
        trust: serviceTrust(IMAGE_BUILDER_SERVICE),
        managed: [MANAGED.lifecycleExecution],
        description: 'EC2 Image Builder lifecycle policies',
      }),
    );
  }
  if (o.marketplace) {
    const both = serviceTrust(SSM_SERVICE, EC2_SERVICE);
    const instanceArn = `arn:aws:iam::${o.account}:role/${ROLE_NAMES.mpInstance}`;
    const automationArn = `arn:aws:iam::${o.account}:role/${ROLE_NAMES.mpAutomation}`;
    actions.push(
      ...createRole({
        roleName: ROLE_NAMES.mpInstance,
        trust: both,
        inline: [{ name: 'InstanceRolePermissionsPolicy', document: MP_INSTANCE_ROLE_POLICY }],
      }),
      ...profile(ROLE_NAMES.mpInstance),
      ...createRole({
        roleName: ROLE_NAMES.mpAutomation,
        trust: both,
        inline: [{ name: 'AutomationRolePermissionsPolicy', document: mpAutomationRolePolicy(instanceArn) }],
      }),
      { kind: 'create-group', groupName: ROLE_NAMES.mpGroup },
      {
        kind: 'attach-group-policy',
        groupName: ROLE_NAMES.mpGroup,
        policyArn: MANAGED.marketplaceFullAccess,
      },
      {
        kind: 'put-group-policy',
        groupName: ROLE_NAMES.mpGroup,
        policyName: 'MarketplacePrivateImageBuild',
        document: mpBuilderPolicy([instanceArn, automationArn]),
      },
    );
  }
  return actions;
}

function targetActions(o: SetupOptions): FixAction[] {
  const actions = createRole({
    roleName: ROLE_NAMES.distribution,
    trust: sourceAccountTrust(o.account),
    managed: [MANAGED.crossAccountDistribution],
    description: `EC2 Image Builder distribution from account ${o.account}`,
  });
  if (o.lifecycle) {
    actions.push(
      ...createRole({
        roleName: ROLE_NAMES.crossAccountLifecycle,
        trust: crossAccountLifecycleTrust(o.account),
        managed: [MANAGED.lifecycleExecution],
      }),
    );
  }
  return actions;
}

/** The actions per account, source account first. */
export function setupPlan(o: SetupOptions): Map<string, FixAction[]> {
  const plan = new Map<string, FixAction[]>([[o.account, sourceActions(o)]]);
  for (const target of o.targetAccounts) if (target !== o.account) plan.set(target, targetActions(o));
  return plan;
}
