/**
 * Finding images by ARN: a build version ARN (`image/NAME/1.0.0/2`) names one image; a version ARN,
 * possibly with `x` wildcards (`image/NAME/1.x.x`), names the newest matching build (GetImage accepts
 * both). Images of another account are found too (shared images): the access check then carries the
 * image's resource-based policy so that the engine applies cross-account rules.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
 */
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import type { ApiObject } from './image-api-values.js';
import { parseImageBuilderArn } from './arns.js';
import { notFound } from './image-config-resources.js';
import { resourceTagsOf } from './image-tag-context.js';
import { listResources, type StoredResource } from './resources.js';
import { compareVersions, matchesVersionFilter, parseVersion, parseVersionFilter } from './versions.js';

export const IMAGE_BUILD_VERSION_ARN = {
  pattern:
    /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+$/,
};
export const IMAGE_VERSION_OR_BUILD_ARN = {
  pattern:
    /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/(?:(?:([0-9]+|x)\.([0-9]+|x)\.([0-9]+|x))|(?:[0-9]+\.[0-9]+\.[0-9]+\/[0-9]+))$/,
};

/** The images of the account and Region, newest version and build first. */
export async function imagesOf(ctx: OperationContext, account: string): Promise<StoredResource<ApiObject>[]> {
  const images = await listResources<ApiObject>(ctx.tx, 'image', account, ctx.region);
  return images.sort(
    (a, b) =>
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      compareVersions(parseVersion(b.version ?? '0.0.0'), parseVersion(a.version ?? '0.0.0')) ||
      (b.build ?? 0) - (a.build ?? 0),
  );
}

/** The image the ARN names (see the module comment), if any. */
export async function findImage(
  ctx: OperationContext,
  arn: string,
): Promise<StoredResource<ApiObject> | undefined> {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed || parsed.type !== 'image' || parsed.region !== ctx.region || parsed.version === undefined)
    return undefined;
  const filter = parseVersionFilter(parsed.version);
  return (await imagesOf(ctx, parsed.account)).find(
    (image) =>
      image.name === parsed.name &&
      matchesVersionFilter(parseVersion(image.version ?? '0.0.0'), filter) &&
      (parsed.build === undefined || image.build === parsed.build),
  );
}

export async function requireImage(ctx: OperationContext, arn: string): Promise<StoredResource<ApiObject>> {
  const image = await findImage(ctx, arn);
  if (!image) throw notFound(arn);
  return image;
}

/** The request `action` makes on the image the ARN names (its tags, and its policy when shared). */
export async function imageCheck(ctx: OperationContext, action: string, arn: string): Promise<AccessCheck> {
  const image = await findImage(ctx, arn);
  const shared = image && image.account !== ctx.caller.accountId && image.policy;
  return {
    action,
    resource: arn,
    ...resourceTagsOf(image?.tags),
    ...(shared
      ? { resourcePolicy: { kind: 'resource' as const, id: image.arn, document: image.policy! } }
      : {}),
  };
}
