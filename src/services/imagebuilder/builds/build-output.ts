/**
 * The output of the BUILDING phase: for an AMI build, the service-linked (or execution) role creates the
 * AMI from the build instance (ec2:CreateImage on the instance tagged `CreatedBy: EC2 Image Builder`, and
 * on the new image and snapshot with that tag in the request; ec2:CreateTags with ec2:CreateAction
 * CreateImage), recorded as an EC2 image; for a container build, the instance profile role pushes the
 * image to the recipe's target ECR repository (the ECR actions of
 * EC2InstanceProfileForImageBuilderECRContainerBuilds).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
 */
import { CREATED_BY_TAG, ec2Arn, ec2Id, putEc2Image } from '../common/build-ec2-images.js';
import type { ApiObject } from '../common/image-api-values.js';
import { requestTagContext } from '../common/image-tag-context.js';
import type { BuildStepContext } from './build-context.js';
import { STEPS } from './workflow-steps.js';

/** The container image's repository (the recipe's target repository) in the build's Region. */
export function targetRepository(ctx: BuildStepContext): { name: string; arn: string; uri: string } {
  const target = ctx.recipe['targetRepository'] as ApiObject | undefined;
  const name = String(target?.['repositoryName'] ?? ctx.image.name);
  return {
    name,
    arn: `arn:aws:ecr:${ctx.region}:${ctx.account}:repository/${name}`,
    uri: `${ctx.account}.dkr.ecr.${ctx.region}.amazonaws.com/${name}:${ctx.image.version ?? '1.0.0'}-${ctx.image.build ?? 1}`,
  };
}

export async function createOutput(ctx: BuildStepContext, instanceId: string): Promise<void> {
  if (ctx.isContainer) {
    const repository = targetRepository(ctx);
    await ctx.step(STEPS.pushContainer, async (auth) => {
      const actor = await ctx.instanceActor(instanceId);
      for (const action of [
        'ecr:BatchCheckLayerAvailability',
        'ecr:InitiateLayerUpload',
        'ecr:UploadLayerPart',
        'ecr:CompleteLayerUpload',
        'ecr:PutImage',
      ]) {
        await auth.require(actor, { action, resource: repository.arn });
      }
      return { imageUri: repository.uri };
    });
    ctx.update({ containers: [{ region: ctx.region, imageUris: [repository.uri] }] });
    return;
  }
  const amiId = ec2Id('ami');
  const snapshotId = ec2Id('snap');
  await ctx.step(STEPS.createImage, async (auth) => {
    const actor = await ctx.serviceActor();
    const tags = requestTagContext(CREATED_BY_TAG);
    await auth.requireAll(actor, [
      {
        action: 'ec2:CreateImage',
        resource: ec2Arn.instance(ctx.region, ctx.account, instanceId),
        resourceTags: CREATED_BY_TAG,
      },
      { action: 'ec2:CreateImage', resource: ec2Arn.image(ctx.region, amiId), context: tags },
      { action: 'ec2:CreateImage', resource: ec2Arn.snapshot(ctx.region, snapshotId), context: tags },
      {
        action: 'ec2:CreateTags',
        resource: ec2Arn.image(ctx.region, amiId),
        context: { ...tags, 'ec2:CreateAction': 'CreateImage' },
      },
    ]);
    return { imageId: amiId };
  });
  await putEc2Image(ctx.tx, {
    imageId: amiId,
    region: ctx.region,
    accountId: ctx.account,
    name: `${ctx.image.name} ${ctx.image.version ?? ''}/${ctx.image.build ?? ''}`,
    sourceImageArn: ctx.imageArn,
    tags: { ...CREATED_BY_TAG },
    snapshotIds: [snapshotId],
    sharedWith: [],
    public: false,
    state: 'available',
  });
  ctx.update({ amiId });
}
