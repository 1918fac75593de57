/**
 * IB014: the execution role of each pipeline and image (which runs its workflows) exists, is not the
 * service-linked role, trusts imagebuilder.amazonaws.com and has the permissions of
 * EC2ImageBuilderExecutionPolicy; a build with workflows needs one. IB017: whoever may create the pipeline
 * or lifecycle policy may iam:PassRole its execution role to imagebuilder.amazonaws.com.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 */
import { refusal } from '../engine/permissions.js';
import { createRole, policyName, putPolicy } from '../fixes/builders.js';
import { IMAGE_BUILDER_SERVICE, MANAGED, ROLE_NAMES, policyOf, serviceTrust } from '../fixes/documents.js';
import type { IamRole } from '../snapshot/types.js';
import { arnParts, baseName, SERVICE_ROLE_PATH, type AccountView } from '../world.js';
import { principalLabel, type CheckContext } from './context.js';
import { resourceCreators } from './creators.js';
import { checkPermissions, checkTrust, service } from './role-checks.js';

export function checkExecutionRoles(ctx: CheckContext, account: AccountView): void {
  const checked = new Set<string>();
  const trust = serviceTrust(IMAGE_BUILDER_SERVICE);
  for (const build of account.imagebuilder.builds) {
    const region = arnParts(build.arn).region || ctx.region;
    if (!build.executionRole) {
      if (build.workflows.length === 0) continue;
      ctx.findings.fail(
        'IB014',
        account.id,
        build.arn,
        `The ${build.kind} ${build.name} runs workflows but names no execution role ("An execution role is required to provide workflows").`,
        {
          account: account.id,
          actions: account.role(ROLE_NAMES.execution)
            ? []
            : createRole({ roleName: ROLE_NAMES.execution, trust, managed: [MANAGED.execution] }),
          policy: trust,
          note: `Then set executionRole of ${build.name} to ${ROLE_NAMES.execution}.`,
        },
      );
      continue;
    }
    const key = baseName(build.executionRole).toLowerCase();
    if (checked.has(key)) continue;
    checked.add(key);
    const role = account.role(build.executionRole);
    if (!role) {
      const name = baseName(build.executionRole);
      ctx.findings.fail(
        'IB014',
        account.id,
        account.roleArn(build.executionRole),
        `The execution role ${name} of ${build.kind} ${build.name} does not exist.`,
        {
          account: account.id,
          actions: createRole({ roleName: name, trust, managed: [MANAGED.execution] }),
          policy: trust,
        },
      );
      continue;
    }
    if (role.path.startsWith(SERVICE_ROLE_PATH)) {
      ctx.findings.fail(
        'IB014',
        account.id,
        role.arn,
        `${build.kind} ${build.name} uses the service-linked role ${role.name} as its execution role; Image Builder requires a role of your own.`,
        {
          account: account.id,
          actions: createRole({ roleName: ROLE_NAMES.execution, trust, managed: [MANAGED.execution] }),
          note: `Then set executionRole of ${build.name} to ${ROLE_NAMES.execution}.`,
        },
      );
      continue;
    }
    const callers = [
      build.arn,
      `arn:aws:imagebuilder:${region}:${account.id}:image/${build.name.toLowerCase()}/1.0.0/1`,
    ].map((arn) => service(IMAGE_BUILDER_SERVICE, { 'aws:SourceAccount': account.id, 'aws:SourceArn': arn }));
    checkTrust(ctx, 'IB014', account, role, callers, trust, IMAGE_BUILDER_SERVICE);
    checkPermissions(ctx, 'IB014', account, role, ctx.managed(MANAGED.execution, account.id, region), {
      managedArn: MANAGED.execution,
    });
  }
}

function passExecutionRole(
  ctx: CheckContext,
  account: AccountView,
  arn: string,
  actions: string[],
  role: IamRole,
  seen: Set<string>,
): void {
  for (const principal of resourceCreators(ctx, account, arn, actions)) {
    const key = `${principal.entity.arn} ${role.arn}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ask = {
      action: 'iam:PassRole',
      resource: role.arn,
      context: { 'iam:PassedToService': IMAGE_BUILDER_SERVICE },
      resourceTags: role.tags,
    };
    const decision = ctx.perms.decide(account, principal, ask);
    if (decision.decision === 'Allow') {
      ctx.findings.pass();
      continue;
    }
    const document = policyOf([
      {
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: role.arn,
        Condition: { StringEquals: { 'iam:PassedToService': IMAGE_BUILDER_SERVICE } },
      },
    ]);
    ctx.findings.fail(
      'IB017',
      account.id,
      principal.entity.arn,
      `${principalLabel(principal)} may create ${arn.split(':')[5]?.split('/')[0] ?? 'resources'} ${baseName(arn)} but may not iam:PassRole its execution role ${role.name} to ${IMAGE_BUILDER_SERVICE} (${refusal(decision)}).`,
      {
        account: account.id,
        actions: [putPolicy(principal, policyName('ImageBuilderPassRole', role.name), document)],
        policy: document,
      },
    );
  }
}

export function checkExecutionRoleCallers(ctx: CheckContext, account: AccountView): void {
  const seen = new Set<string>();
  const resolve = (name: string | undefined) => (name ? account.role(name) : undefined);
  for (const build of account.imagebuilder.builds) {
    const role = resolve(build.executionRole);
    if (!role || role.path.startsWith(SERVICE_ROLE_PATH)) continue;
    const actions =
      build.kind === 'image-pipeline'
        ? ['imagebuilder:CreateImagePipeline', 'imagebuilder:UpdateImagePipeline']
        : ['imagebuilder:CreateImage'];
    passExecutionRole(ctx, account, build.arn, actions, role, seen);
  }
  for (const policy of account.imagebuilder.lifecyclePolicies) {
    const role = resolve(policy.executionRole);
    if (!role) continue;
    passExecutionRole(
      ctx,
      account,
      policy.arn,
      ['imagebuilder:CreateLifecyclePolicy', 'imagebuilder:UpdateLifecyclePolicy'],
      role,
      seen,
    );
  }
}
