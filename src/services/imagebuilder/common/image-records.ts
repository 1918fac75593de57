/**
 * Images as Image Builder keeps them: one per build version, at ARN `image/NAME/VERSION/BUILD` where NAME
 * and VERSION are the recipe's (the image version is the recipe's semantic version) and BUILD counts the
 * builds of that version from 1 (never reused, even after a delete). The Image shape GetImage returns,
 * the ImageSummary of ListImageBuildVersions / ListImagePipelineImages and the ImageVersion of ListImages.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Image.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageSummary.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageVersion.html
 */
import type { OperationContext } from '../../common/operation.js';
import { compact, stringMember, type ApiObject } from './image-api-values.js';
import { imageBuilderArn, parseImageBuilderArn } from './arns.js';
import type { StoredResource } from './resources.js';

/** States in which a build is still under way (CancelImageCreation applies, DeleteImage does not). */
export const IN_PROGRESS_STATES: readonly string[] = [
  'PENDING',
  'CREATING',
  'BUILDING',
  'TESTING',
  'DISTRIBUTING',
  'INTEGRATING',
];

const COUNTERS = 'imagebuilder:image-build-numbers' as const;

async function lastBuildNumber(ctx: OperationContext, key: string): Promise<number> {
  const previous = (await ctx.tx.get(COUNTERS, ctx.caller.accountId, key)) as { last: number } | undefined;
  return previous?.last ?? 0;
}

/** The next build number of the image version (1, 2, ...), reserved in the transaction. */
export async function nextBuildNumber(ctx: OperationContext, name: string, version: string): Promise<number> {
  const key = `${ctx.region}/${name}/${version}`;
  const build = (await lastBuildNumber(ctx, key)) + 1;
  await ctx.tx.put(COUNTERS, ctx.caller.accountId, key, { last: build });
  return build;
}

/**
 * The ARN the next image built from the recipe will have (authorized before the build number is
 * reserved): `image/RECIPE-NAME/RECIPE-VERSION/NEXT-BUILD` in the caller's account and Region.
 */
export async function nextImageArn(ctx: OperationContext, recipeArn: string): Promise<string> {
  const parsed = parseImageBuilderArn(recipeArn);
  const name = parsed?.name ?? 'image';
  const version = parsed?.version ?? '0.0.0';
  const build = (await lastBuildNumber(ctx, `${ctx.region}/${name}/${version}`)) + 1;
  return imageBuilderArn({
    region: ctx.region,
    account: ctx.caller.accountId,
    type: 'image',
    name,
    version,
    build,
  });
}

export const imageStatus = (image: ApiObject): string | undefined => {
  const state = image['state'];
  return typeof state === 'object' && state !== null && !Array.isArray(state)
    ? stringMember(state as ApiObject, 'status')
    : undefined;
};

/** The image's semantic version without the build number (`1.0.0/2` → `1.0.0`). */
export const semanticVersion = (image: ApiObject): string =>
  (stringMember(image, 'version') ?? '').split('/')[0] ?? '';

/** ImageSummary (ListImageBuildVersions, ListImagePipelineImages). */
export function imageSummary(stored: StoredResource<ApiObject>): ApiObject {
  const image = stored.resource;
  return compact({
    arn: image['arn'],
    name: image['name'],
    type: image['type'],
    version: image['version'],
    platform: image['platform'],
    osVersion: image['osVersion'],
    state: image['state'],
    owner: stored.account,
    dateCreated: image['dateCreated'],
    outputResources: image['outputResources'],
    tags: { ...stored.tags },
    buildType: image['buildType'],
    imageSource: image['imageSource'],
    loggingConfiguration: image['loggingConfiguration'],
  });
}

/** ImageVersion (ListImages) of a build: the image version ARN (without the build number). */
export function imageVersion(stored: StoredResource<ApiObject>): ApiObject {
  const image = stored.resource;
  const parsed = parseImageBuilderArn(stored.arn);
  const versionArn = parsed ? stored.arn.slice(0, stored.arn.lastIndexOf('/')) : stored.arn;
  return compact({
    arn: versionArn,
    name: image['name'],
    type: image['type'],
    version: semanticVersion(image),
    platform: image['platform'],
    osVersion: image['osVersion'],
    owner: stored.account,
    dateCreated: image['dateCreated'],
    buildType: image['buildType'],
    imageSource: image['imageSource'],
  });
}
