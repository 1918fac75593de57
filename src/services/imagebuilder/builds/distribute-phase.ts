/**
 * DISTRIBUTING: the output AMI goes to each Region of the distribution configuration (ec2:CopyImage and
 * ec2:CreateTags as the service-linked or execution role; ec2:ModifyImageAttribute for launch
 * permissions). For each target account, Image Builder assumes EC2ImageBuilderDistributionCrossAccountRole
 * there — the role's real trust policy, stored in that account's IAM, must allow the source account — and
 * that role copies, shares and tags the AMI in its own account (Ec2ImageBuilderCrossAccountDistributionAccess).
 * Without a distribution configuration the AMI stays in the build's Region. Container images are recorded
 * in each Region's target repository without further IAM checks (ibiam has no ECR).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/cross-account-dist.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-distribution-settings.html
 */
import { randomUUID } from 'node:crypto';
import type { RoleRecord } from '../../../store/records.js';
import { compact, type ApiObject } from '../common/image-api-values.js';
import {
  CREATED_BY_TAG,
  ec2Arn,
  ec2Id,
  putEc2Image,
  type Ec2ImageRecord,
} from '../common/build-ec2-images.js';
import { requestTagContext } from '../common/image-tag-context.js';
import type { BuildStepContext } from './build-context.js';
import { IMAGE_BUILDER_SESSION, MANAGED_POLICIES, roleActor, type Actor } from './principals.js';
import { StepFailure, type StepAuthorizer } from './step-authorizer.js';

export const DISTRIBUTION_ROLE = 'EC2ImageBuilderDistributionCrossAccountRole';

function amiName(ctx: BuildStepContext, template: unknown): string {
  const date = ctx.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const base = typeof template === 'string' ? template : `${ctx.image.name} ${date}`;
  return base
    .replace(/\{\{\s*imagebuilder:buildDate\s*\}\}/g, date)
    .replace(/\{\{\s*imagebuilder:buildVersion\s*\}\}/g, String(ctx.image.build ?? 1));
}

const amiOutput = (
  region: string,
  image: string,
  name: string,
  accountId: string,
  description?: unknown,
): ApiObject =>
  compact({
    region,
    image,
    name,
    description: typeof description === 'string' ? description : undefined,
    state: { status: 'AVAILABLE' },
    accountId,
  });

async function crossAccountRole(ctx: BuildStepContext, target: string): Promise<RoleRecord> {
  const role = await ctx.tx.get('roles', target, DISTRIBUTION_ROLE.toLowerCase());
  if (!role) {
    throw new StepFailure(
      `The role arn:aws:iam::${target}:role/${DISTRIBUTION_ROLE} does not exist in target account ${target}. Missing: create it there with a trust policy that allows account ${ctx.account}, and attach the AWS managed policy Ec2ImageBuilderCrossAccountDistributionAccess.`,
    );
  }
  return role;
}

/** Copies the AMI into a target account through its cross-account distribution role. */
async function toAccount(
  ctx: BuildStepContext,
  auth: StepAuthorizer,
  actor: Actor,
  region: string,
  target: string,
  config: ApiObject,
  tags: Record<string, string>,
) {
  const role = await crossAccountRole(ctx, target);
  await auth.require(actor, {
    action: 'sts:AssumeRole',
    resource: role.arn,
    resourceAccount: target,
    resourcePolicy: { kind: 'trust', id: role.arn, document: role.assumeRolePolicyDocument },
  });
  const distributor = roleActor(role, IMAGE_BUILDER_SESSION, 'the cross-account distribution role', [
    MANAGED_POLICIES.crossAccountDistribution,
  ]);
  const amiId = ec2Id('ami');
  const image = ec2Arn.image(region, amiId);
  await auth.requireAll(distributor, [
    { action: 'ec2:CopyImage', resource: image },
    { action: 'ec2:ModifyImageAttribute', resource: image, resourceTags: tags },
    { action: 'ec2:CreateTags', resource: image, context: requestTagContext(tags) },
  ]);
  const name = amiName(ctx, config['name']);
  await putEc2Image(ctx.tx, ec2Image(ctx, region, target, amiId, name, tags, config));
  return amiOutput(region, amiId, name, target, config['description']);
}

function ec2Image(
  ctx: BuildStepContext,
  region: string,
  account: string,
  imageId: string,
  name: string,
  tags: Record<string, string>,
  config: ApiObject,
): Ec2ImageRecord {
  const permission = (config['launchPermission'] as ApiObject | undefined) ?? {};
  const userIds = Array.isArray(permission['userIds']) ? permission['userIds'].map(String) : [];
  const groups = Array.isArray(permission['userGroups']) ? permission['userGroups'].map(String) : [];
  return {
    imageId,
    region,
    accountId: account,
    name,
    sourceImageArn: ctx.imageArn,
    tags,
    snapshotIds: [ec2Id('snap')],
    sharedWith: userIds,
    public: groups.includes('all'),
    state: 'available',
  };
}

/** One Region of the distribution: the AMI in the source account, then in each target account. */
async function distributeAmi(ctx: BuildStepContext, actor: Actor, entry: ApiObject): Promise<ApiObject[]> {
  const region = String(entry['region'] ?? ctx.region);
  const config = (entry['amiDistributionConfiguration'] as ApiObject | undefined) ?? {};
  const tags = { ...(config['amiTags'] as Record<string, string> | undefined), ...CREATED_BY_TAG };
  const auth = ctx.authorizer(randomUUID(), region);
  const name = amiName(ctx, config['name']);
  let amiId = ctx.progress.amiId;
  if (region !== ctx.region || amiId === undefined) {
    amiId = ec2Id('ami');
    const image = ec2Arn.image(region, amiId);
    await auth.requireAll(actor, [
      { action: 'ec2:CopyImage', resource: image },
      { action: 'ec2:CreateTags', resource: image, context: requestTagContext(tags) },
    ]);
  }
  await putEc2Image(ctx.tx, ec2Image(ctx, region, ctx.account, amiId, name, tags, config));
  if (config['launchPermission'] !== undefined) {
    await auth.require(actor, {
      action: 'ec2:ModifyImageAttribute',
      resource: ec2Arn.image(region, amiId),
      resourceTags: tags,
    });
  }
  const outputs = [amiOutput(region, amiId, name, ctx.account, config['description'])];
  const targets = Array.isArray(config['targetAccountIds']) ? config['targetAccountIds'].map(String) : [];
  for (const target of targets) outputs.push(await toAccount(ctx, auth, actor, region, target, config, tags));
  return outputs;
}

function containerOutput(ctx: BuildStepContext, entry: ApiObject): ApiObject | undefined {
  const config = entry['containerDistributionConfiguration'] as ApiObject | undefined;
  const repository = (config?.['targetRepository'] as ApiObject | undefined)?.['repositoryName'];
  if (typeof repository !== 'string') return undefined;
  const region = String(entry['region'] ?? ctx.region);
  const tags = Array.isArray(config?.['containerTags'])
    ? (config['containerTags'] as string[])
    : [`${ctx.image.version ?? '1.0.0'}-${ctx.image.build ?? 1}`];
  return {
    region,
    imageUris: tags.map((tag) => `${ctx.account}.dkr.ecr.${region}.amazonaws.com/${repository}:${tag}`),
  };
}

export async function distributePhase(ctx: BuildStepContext): Promise<'INTEGRATING'> {
  const configured = ctx.request.distributionConfiguration?.['distributions'];
  const entries = Array.isArray(configured) ? (configured as ApiObject[]) : [{ region: ctx.region }];
  if (ctx.isContainer) {
    const containers = entries
      .map((e) => containerOutput(ctx, e))
      .filter((c): c is ApiObject => c !== undefined);
    ctx.update({ containers: [...ctx.progress.containers, ...containers] });
    return 'INTEGRATING';
  }
  const actor = await ctx.serviceActor();
  const amis: ApiObject[] = [];
  try {
    for (const entry of entries) amis.push(...(await distributeAmi(ctx, actor, entry)));
  } catch (error) {
    if (error instanceof StepFailure && !error.step)
      throw new StepFailure(error.reason, 'Distribution', error.refused);
    throw error;
  }
  ctx.update({ amis });
  return 'INTEGRATING';
}
