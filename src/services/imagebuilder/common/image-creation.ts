/**
 * Requesting an image build (CreateImage, StartImagePipelineExecution): with the references resolved and
 * authorized, the account's service-linked role is ensured (an image request is the documented trigger),
 * the next build number of the recipe's version is reserved, and the image (state PENDING) and its
 * ImageBuildRequest are written for the builds engine.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
 */
import type { OperationContext } from '../../common/operation.js';
import { compact, stringMember, type ApiObject } from './image-api-values.js';
import { imageBuilderArn, parseImageBuilderArn } from './arns.js';
import { putBuildRequest, type ImageBuildRequest } from './image-build-request.js';
import type { ResolvedBuildReferences } from './image-build-references.js';
import type { BuildSettings } from './image-build-settings.js';
import { currentShape } from './image-config-resources.js';
import { nextBuildNumber } from './image-records.js';
import { putResource } from './resources.js';
import { ensureImageBuilderServiceLinkedRole } from './service-linked-role-ensure.js';

export interface ImageRequestOptions {
  readonly buildType: ImageBuildRequest['buildType'];
  readonly source: ImageBuildRequest['source'];
  readonly tags: Readonly<Record<string, string>>;
  /** The image's logging configuration ({logGroupName}), if any. */
  readonly loggingConfiguration?: ApiObject;
}

/** Writes the PENDING image and its build request; returns the image build version ARN. */
export async function requestImageBuild(
  ctx: OperationContext,
  settings: BuildSettings,
  refs: ResolvedBuildReferences,
  options: ImageRequestOptions,
): Promise<string> {
  const serviceLinkedRole = await ensureImageBuilderServiceLinkedRole(ctx);
  const recipe = refs.recipe.stored;
  const recipeArn = parseImageBuilderArn(recipe.arn);
  const name = recipeArn?.name ?? recipe.name;
  const version = recipeArn?.version ?? recipe.version ?? '0.0.0';
  const build = await nextBuildNumber(ctx, name, version);
  const account = ctx.caller.accountId;
  const arn = imageBuilderArn({ region: ctx.region, account, type: 'image', name, version, build });
  const now = ctx.now.toISOString();
  const infrastructure = currentShape(refs.infrastructure);
  const distribution = refs.distribution ? currentShape(refs.distribution) : undefined;
  const pipeline = options.source.operation === 'CreateImage' ? undefined : options.source;
  const isImageRecipe = refs.recipe.type === 'image-recipe';
  const image = compact({
    arn,
    type: isImageRecipe ? 'AMI' : 'DOCKER',
    name: stringMember(recipe.resource, 'name') ?? name,
    version: `${version}/${build}`,
    platform: recipe.resource['platform'],
    enhancedImageMetadataEnabled: settings.enhancedImageMetadataEnabled,
    osVersion: recipe.resource['osVersion'],
    state: { status: 'PENDING' },
    imageRecipe: isImageRecipe ? recipe.resource : undefined,
    containerRecipe: isImageRecipe ? undefined : recipe.resource,
    sourcePipelineName: pipeline?.imagePipelineName,
    sourcePipelineArn: pipeline?.imagePipelineArn,
    infrastructureConfiguration: infrastructure,
    distributionConfiguration: distribution,
    imageTestsConfiguration: settings.imageTestsConfiguration,
    dateCreated: now,
    tags: { ...options.tags },
    buildType: options.buildType,
    imageSource: 'CUSTOM',
    imageScanningConfiguration: settings.imageScanningConfiguration,
    executionRole: refs.executionRole?.arn,
    workflows: settings.workflows,
    loggingConfiguration: options.loggingConfiguration,
  });
  await putResource(ctx.tx, {
    arn,
    account,
    region: ctx.region,
    type: 'image',
    name,
    version,
    build,
    tags: options.tags,
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
      accountId: ctx.caller.accountId,
      userId: ctx.caller.userId,
      kind: ctx.caller.kind,
      accessKeyId: ctx.caller.accessKeyId,
    },
    buildType: options.buildType,
    source: options.source,
    recipe: { type: refs.recipe.type, arn: recipe.arn, account: recipe.account, resource: recipe.resource },
    infrastructureConfiguration: infrastructure,
    ...(distribution ? { distributionConfiguration: distribution } : {}),
    imageTestsConfiguration: settings.imageTestsConfiguration,
    ...(settings.imageScanningConfiguration
      ? { imageScanningConfiguration: settings.imageScanningConfiguration }
      : {}),
    enhancedImageMetadataEnabled: settings.enhancedImageMetadataEnabled,
    workflows: refs.workflows,
    ...(refs.executionRole
      ? { executionRole: { name: refs.executionRole.name, arn: refs.executionRole.arn } }
      : {}),
    serviceLinkedRoleArn: serviceLinkedRole.arn,
    ...(options.loggingConfiguration ? { loggingConfiguration: options.loggingConfiguration } : {}),
    tags: options.tags,
  });
  return arn;
}
