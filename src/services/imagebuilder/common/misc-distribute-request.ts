/**
 * What DistributeImage writes for the builds engine, following the build-request contract
 * (image-build-request.ts): a new image build version of the source image (same name and semantic
 * version, the next build number, in the caller's account) that starts in state DISTRIBUTING — "this
 * operation only runs the distribution phase on an image that has already been built" — and its
 * ImageBuildRequest: the source's recipe and packages, the given distribution configuration and execution
 * role (the role the distribution then acts as), no build instance (no infrastructure configuration: the
 * integration step publishes to no SNS topic), no tests, no workflows. The builds engine then distributes
 * (ec2:CopyImage and tags in each Region as the execution role, EC2ImageBuilderDistributionCrossAccountRole
 * in each target account under its real trust policy), integrates and settles the image AVAILABLE or FAILED.
 * `source: CreateImage` only means "not a pipeline run" to the engine.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { OperationContext } from '../../common/operation.js';
import { imageBuilderArn } from './arns.js';
import { compact, stringMember, type ApiObject } from './image-api-values.js';
import { getBuildRequest, putBuildRequest } from './image-build-request.js';
import { currentShape } from './image-config-resources.js';
import { nextBuildNumber } from './image-records.js';
import { putResource, type StoredResource } from './resources.js';
import { imageBuilderServiceLinkedRoleArn } from './service-linked-role-ensure.js';

export interface DistributionRequest {
  readonly source: StoredResource<ApiObject>;
  readonly distribution: StoredResource<ApiObject>;
  readonly role: RoleRecord;
  readonly tags: Readonly<Record<string, string>>;
  readonly loggingConfiguration?: ApiObject;
}

const imageArnFor = (ctx: OperationContext, source: StoredResource<ApiObject>, build: number) =>
  imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'image',
    name: source.name,
    version: source.version ?? '0.0.0',
    build,
  });

/** Writes the DISTRIBUTING image and its build request; returns the image build version ARN. */
export async function requestDistribution(
  ctx: OperationContext,
  input: DistributionRequest,
): Promise<string> {
  const { source, role } = input;
  const version = source.version ?? '0.0.0';
  const build = await nextBuildNumber(ctx, source.name, version);
  const arn = imageArnFor(ctx, source, build);
  const account = ctx.caller.accountId;
  const now = ctx.now.toISOString();
  const distribution = currentShape(input.distribution);
  const sourceRequest = await getBuildRequest(ctx.tx, source.account, source.arn);
  const enhanced = source.resource['enhancedImageMetadataEnabled'] !== false;
  const image = compact({
    arn,
    type: 'AMI',
    name: stringMember(source.resource, 'name') ?? source.name,
    version: `${version}/${build}`,
    platform: source.resource['platform'],
    enhancedImageMetadataEnabled: enhanced,
    osVersion: source.resource['osVersion'],
    state: { status: 'DISTRIBUTING' },
    imageRecipe: source.resource['imageRecipe'],
    distributionConfiguration: distribution,
    dateCreated: now,
    tags: { ...input.tags },
    buildType: 'USER_INITIATED',
    imageSource: source.resource['imageSource'],
    executionRole: role.arn,
    loggingConfiguration: input.loggingConfiguration,
  });
  await putResource(ctx.tx, {
    arn,
    account,
    region: ctx.region,
    type: 'image',
    name: source.name,
    version,
    build,
    tags: input.tags,
    resource: image,
  });
  await putBuildRequest(ctx.tx, {
    schemaVersion: 1,
    imageBuildVersionArn: arn,
    account,
    region: ctx.region,
    requestedAt: now,
    requestedBy: {
      arn: ctx.caller.arn,
      accountId: account,
      userId: ctx.caller.userId,
      kind: ctx.caller.kind,
      accessKeyId: ctx.caller.accessKeyId,
    },
    buildType: 'USER_INITIATED',
    source: { operation: 'CreateImage' },
    recipe: sourceRequest?.recipe ?? {
      type: 'image-recipe',
      arn: source.arn,
      account: source.account,
      resource: (source.resource['imageRecipe'] as ApiObject | undefined) ?? {},
    },
    infrastructureConfiguration: {},
    distributionConfiguration: distribution,
    imageTestsConfiguration: { imageTestsEnabled: false },
    enhancedImageMetadataEnabled: enhanced,
    workflows: [],
    executionRole: { name: role.name, arn: role.arn },
    serviceLinkedRoleArn: imageBuilderServiceLinkedRoleArn(account),
    ...(input.loggingConfiguration ? { loggingConfiguration: input.loggingConfiguration } : {}),
    tags: input.tags,
    ...(sourceRequest?.packages ? { packages: sourceRequest.packages } : {}),
  });
  return arn;
}
