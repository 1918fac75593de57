/**
 * Launching a build or test instance, as the service-linked role (or execution role) does it: it passes
 * the instance profile's role to EC2 (iam:PassRole with iam:PassedToService ec2.amazonaws.com), calls
 * ec2:RunInstances on the instance, its volumes, the source image and the network resources with the
 * `CreatedBy: EC2 Image Builder` tag in the request (plus the infrastructure configuration's
 * resourceTags), and tags them (ec2:CreateTags with ec2:CreateAction RunInstances). EC2 then delivers
 * the role's credentials to the instance: the role's trust policy must let ec2.amazonaws.com assume it.
 * Terminating checks ec2:TerminateInstances on the tagged instance.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import { tagRecord } from '../../iam/common/shapes.js';
import { CREATED_BY_TAG, ec2Arn } from '../common/build-ec2-images.js';
import type { ApiObject } from '../common/image-api-values.js';
import { requestTagContext } from '../common/image-tag-context.js';
import type { BuildStepContext } from './build-context.js';
import { serviceActor, type Actor } from './principals.js';
import type { StepAuthorizer, StepCheck } from './step-authorizer.js';

/** The tags Image Builder puts on the EC2 resources it creates. */
export function createdResourceTags(ctx: BuildStepContext): Record<string, string> {
  const extra = ctx.infrastructure['resourceTags'] as Record<string, string> | undefined;
  return { ...extra, ...CREATED_BY_TAG };
}

function runInstancesChecks(ctx: BuildStepContext, instanceId: string, sourceImage: string): StepCheck[] {
  const { region, account } = ctx;
  const tagged: Record<string, ContextValue> = requestTagContext(createdResourceTags(ctx));
  const checks: StepCheck[] = [
    { action: 'ec2:RunInstances', resource: ec2Arn.instance(region, account, instanceId), context: tagged },
    { action: 'ec2:RunInstances', resource: ec2Arn.volume(region, account), context: tagged },
    { action: 'ec2:RunInstances', resource: sourceImage },
  ];
  const subnet = ctx.infrastructure['subnetId'];
  if (typeof subnet === 'string')
    checks.push({ action: 'ec2:RunInstances', resource: ec2Arn.subnet(region, account, subnet) });
  const groups = ctx.infrastructure['securityGroupIds'];
  for (const group of Array.isArray(groups) ? groups : []) {
    checks.push({
      action: 'ec2:RunInstances',
      resource: ec2Arn.securityGroup(region, account, String(group)),
    });
  }
  checks.push({
    action: 'ec2:CreateTags',
    resource: ec2Arn.instance(region, account, instanceId),
    context: { ...tagged, 'ec2:CreateAction': 'RunInstances' },
  });
  return checks;
}

/** The source image of the build: the recipe's parent AMI, or any image for a name or container base. */
export function parentImageArn(ctx: BuildStepContext): string {
  const parent = ctx.recipe['parentImage'];
  return typeof parent === 'string' && /^ami-[0-9a-f]+$/.test(parent)
    ? ec2Arn.image(ctx.region, parent)
    : `arn:aws:ec2:${ctx.region}::image/*`;
}

/** Authorizes launching an instance of the build (see the module comment). */
export async function authorizeLaunch(
  ctx: BuildStepContext,
  auth: StepAuthorizer,
  actor: Actor,
  instanceId: string,
  sourceImage: string,
): Promise<ApiObject> {
  const { role, profile } = await ctx.instanceProfileRole();
  await auth.require(actor, {
    action: 'iam:PassRole',
    resource: role.arn,
    context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    resourceTags: tagRecord(role.tags),
  });
  await auth.requireAll(actor, runInstancesChecks(ctx, instanceId, sourceImage));
  await auth.require(serviceActor('ec2.amazonaws.com', ctx.account), {
    action: 'sts:AssumeRole',
    resource: role.arn,
    resourceAccount: role.accountId,
    resourcePolicy: { kind: 'trust', id: role.arn, document: role.assumeRolePolicyDocument },
  });
  return { instanceId, instanceProfileArn: profile.arn };
}

export async function authorizeTerminate(
  ctx: BuildStepContext,
  auth: StepAuthorizer,
  actor: Actor,
  instanceId: string,
) {
  await auth.require(actor, {
    action: 'ec2:TerminateInstances',
    resource: ec2Arn.instance(ctx.region, ctx.account, instanceId),
    resourceTags: createdResourceTags(ctx),
  });
  return { instanceId };
}
