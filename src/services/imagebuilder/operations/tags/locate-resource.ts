/**
 * What the tagging operations share: the `resourceArn` of any taggable Image Builder resource (checked
 * against the model's ImageBuilderArn pattern; the tagging operations answer InvalidParameterException
 * for bad input, their only client error besides ResourceNotFoundException), finding the resource's
 * envelope — a build version ARN exactly, a version ARN of a component, image or workflow as its newest
 * build — and writing its tags to both the envelope and the resource's API shape.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_TagResource.html
 */
import type { InputParams, OperationContext } from '../../../common/operation.js';
import { ServiceError } from '../../../common/service-error.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { notFound } from '../../common/component-arn-input.js';
import { resolveVersioned } from '../../common/component-versioning.js';
import { invalidParameter } from '../../common/errors.js';
import { JsonReader } from '../../common/input.js';
import { getResource, putResource, type StoredResource } from '../../common/resources.js';

const IMAGE_BUILDER_ARN =
  /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):(?:image-recipe|container-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline|lifecycle-policy|workflow\/(?:build|test|distribution))\/[a-z0-9-_]+(?:\/(?:(?:x|[0-9]+)\.(?:x|[0-9]+)\.(?:x|[0-9]+))(?:\/[0-9]+)?)?$/;

const BUILD_VERSIONED = new Set([
  'component',
  'image',
  'workflow/build',
  'workflow/test',
  'workflow/distribution',
]);

/** Runs `read` over the request, turning its input errors into InvalidParameterException. */
export function readTagging<T>(params: InputParams, read: (reader: JsonReader) => T): T {
  try {
    const reader = new JsonReader(params);
    const arn = reader.string('resourceArn');
    if (!IMAGE_BUILDER_ARN.test(arn) || !parseImageBuilderArn(arn))
      throw invalidParameter(
        `The value supplied for parameter 'resourceArn' is not valid. 'resourceArn' must match pattern ${IMAGE_BUILDER_ARN.source}`,
      );
    return read(reader);
  } catch (error) {
    if (
      error instanceof ServiceError &&
      error.code !== 'InvalidParameterException' &&
      error.httpStatus === 400
    )
      throw invalidParameter(error.message);
    throw error;
  }
}

/** The envelope the ARN names, or undefined. */
export async function locate(ctx: OperationContext, arn: string): Promise<StoredResource | undefined> {
  const parsed = parseImageBuilderArn(arn)!;
  if (BUILD_VERSIONED.has(parsed.type) && parsed.build === undefined) return resolveVersioned(ctx.tx, parsed);
  return getResource(ctx.tx, parsed.type, parsed.account, arn);
}

export async function requireResource(ctx: OperationContext, arn: string): Promise<StoredResource> {
  const stored = await locate(ctx, arn);
  if (!stored) throw notFound(arn);
  return stored;
}

/** Stores new tags on the envelope and on the resource's API shape. */
export async function writeTags(
  ctx: OperationContext,
  stored: StoredResource,
  tags: Readonly<Record<string, string>>,
): Promise<void> {
  await putResource(ctx.tx, { ...stored, tags, resource: { ...stored.resource, tags } });
}
