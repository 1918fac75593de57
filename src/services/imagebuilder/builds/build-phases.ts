/**
 * The phases of a simulated build, one per image state, each run as one step (one transaction) that
 * authorizes what AWS would authorize in that state and names the next state:
 * - PENDING: Image Builder takes up the request; with an execution role, imagebuilder.amazonaws.com
 *   assumes it (its trust policy must allow that, for this account and image);
 * - CREATING: the build instance is launched (launch-checks);
 * - BUILDING: on the build instance the instance profile role registers with Systems Manager, writes
 *   its logs and fetches the build components; then the output AMI is created (or the container image
 *   pushed to ECR) and the instance terminated;
 * - TESTING (when image tests are enabled): the same with a test instance and the test components;
 * - DISTRIBUTING and INTEGRATING: see distribute-phase and integrate-phase.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-image-states.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/how-image-builder-works.html
 */
import { randomUUID } from 'node:crypto';
import { ec2Arn, ec2Id } from '../common/build-ec2-images.js';
import type { BuildStepContext } from './build-context.js';
import { createOutput } from './build-output.js';
import { componentChecks, recipeComponents } from './component-checks.js';
import { distributePhase } from './distribute-phase.js';
import { cloudWatchLogChecks, s3LogChecks, ssmCoreChecks } from './instance-checks.js';
import { integratePhase } from './integrate-phase.js';
import { authorizeLaunch, authorizeTerminate, parentImageArn } from './launch-checks.js';
import { serviceActor } from './principals.js';
import { StepFailure, type StepAuthorizer } from './step-authorizer.js';
import { STEPS } from './workflow-steps.js';

export type BuildState = 'PENDING' | 'CREATING' | 'BUILDING' | 'TESTING' | 'DISTRIBUTING' | 'INTEGRATING';
export type Phase = (ctx: BuildStepContext) => Promise<BuildState | 'AVAILABLE'>;

async function pending(ctx: BuildStepContext): Promise<BuildState> {
  const role = ctx.request.executionRole;
  if (role) {
    const record = await ctx.tx.get('roles', ctx.account, role.name.toLowerCase());
    if (!record || record.arn !== role.arn)
      throw new StepFailure(`The execution role ${role.arn} does not exist.`);
    await ctx.authorizer(randomUUID()).require(serviceActor('imagebuilder.amazonaws.com', ctx.account), {
      action: 'sts:AssumeRole',
      resource: role.arn,
      resourceAccount: ctx.account,
      context: { 'aws:SourceAccount': ctx.account, 'aws:SourceArn': ctx.imageArn },
      resourcePolicy: { kind: 'trust', id: record.arn, document: record.assumeRolePolicyDocument },
    });
  }
  return 'CREATING';
}

async function creating(ctx: BuildStepContext): Promise<BuildState> {
  const instanceId = ec2Id('i');
  await ctx.step(STEPS.launchBuild, async (auth) =>
    authorizeLaunch(ctx, auth, await ctx.serviceActor(), instanceId, parentImageArn(ctx)),
  );
  ctx.update({ buildInstanceId: instanceId });
  return 'BUILDING';
}

/** The instance profile role's requests on an instance for the components of one type. */
async function onInstance(
  ctx: BuildStepContext,
  auth: StepAuthorizer,
  instanceId: string,
  type: 'BUILD' | 'TEST',
) {
  const actor = await ctx.instanceActor(instanceId);
  await auth.requireAll(actor, ssmCoreChecks(ctx.region, ctx.account, instanceId));
  if (ctx.isContainer) {
    await auth.require(actor, {
      action: 'imagebuilder:GetContainerRecipe',
      resource: ctx.request.recipe.arn,
    });
    await auth.require(actor, { action: 'ecr:GetAuthorizationToken', resource: '*' });
  }
  const components = (await recipeComponents(ctx)).filter((c) => c.type === type);
  for (const component of components) await auth.requireAll(actor, componentChecks(ctx, component));
  await auth.requireAll(actor, cloudWatchLogChecks(ctx));
  await auth.requireAll(actor, s3LogChecks(ctx, instanceId, type === 'BUILD' ? 'build' : 'test'));
  return { instanceId, components: components.map((c) => c.arn) };
}

async function building(ctx: BuildStepContext): Promise<BuildState> {
  const instanceId = ctx.progress.buildInstanceId ?? ec2Id('i');
  await ctx.step(STEPS.applyBuild, (auth) => onInstance(ctx, auth, instanceId, 'BUILD'));
  await createOutput(ctx, instanceId);
  await ctx.step(STEPS.terminateBuild, async (auth) =>
    authorizeTerminate(ctx, auth, await ctx.serviceActor(), instanceId),
  );
  const tests = ctx.request.imageTestsConfiguration['imageTestsEnabled'];
  return tests === false ? 'DISTRIBUTING' : 'TESTING';
}

async function testing(ctx: BuildStepContext): Promise<BuildState> {
  const instanceId = ctx.progress.testInstanceId ?? ec2Id('i');
  ctx.update({ testInstanceId: instanceId });
  const source = ctx.progress.amiId ? ec2Arn.image(ctx.region, ctx.progress.amiId) : parentImageArn(ctx);
  await ctx.step(STEPS.launchTest, async (auth) =>
    authorizeLaunch(ctx, auth, await ctx.serviceActor(), instanceId, source),
  );
  await ctx.step(STEPS.runTests, (auth) => onInstance(ctx, auth, instanceId, 'TEST'));
  await ctx.step(STEPS.terminateTest, async (auth) =>
    authorizeTerminate(ctx, auth, await ctx.serviceActor(), instanceId),
  );
  return 'DISTRIBUTING';
}

export const PHASES: Readonly<Record<BuildState, Phase>> = {
  PENDING: pending,
  CREATING: creating,
  BUILDING: building,
  TESTING: testing,
  DISTRIBUTING: distributePhase,
  INTEGRATING: integratePhase,
};
