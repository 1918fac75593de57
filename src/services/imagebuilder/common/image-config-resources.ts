/**
 * The unversioned Image Builder resources (infrastructure configurations, distribution configurations,
 * image pipelines): one per name in an account and Region, at ARN `TYPE/NAME` where NAME is the resource
 * name lower-cased with spaces as hyphens (ARN names are `[a-z0-9-_]+` while resource names may hold
 * upper case and spaces). Shared here: the name rule, the ARN, the owner's lookup (a resource of another
 * account or Region is not found), and the not-found / already-exists / dependency errors.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateInfrastructureConfiguration.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-resources-for-iam-policies
 */
import type { OperationContext } from '../../common/operation.js';
import type { ApiObject } from './image-api-values.js';
import { imageBuilderArn, parseImageBuilderArn, type ImageBuilderResourceType } from './arns.js';
import { resourceAlreadyExists, resourceDependency, resourceNotFound } from './errors.js';
import type { TextRule } from './input.js';
import { getResource, type StoredResource } from './resources.js';

/** ResourceName: 3-128 characters, letters, digits, hyphens, underscores and inner spaces. */
export const RESOURCE_NAME: TextRule = {
  min: 3,
  max: 128,
  pattern: /^[-_A-Za-z0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z0-9]$/,
};
export const DESCRIPTION: TextRule = { min: 1, max: 1024 };
export const NON_EMPTY: TextRule = { min: 1, max: 1024 };

export type ConfigType = 'infrastructure-configuration' | 'distribution-configuration' | 'image-pipeline';

/** The API shape's name for the error messages ("The following resource 'X' already exists"). */
const KIND: Record<ConfigType, string> = {
  'infrastructure-configuration': 'InfrastructureConfiguration',
  'distribution-configuration': 'DistributionConfiguration',
  'image-pipeline': 'ImagePipeline',
};

/** The ARN name segment of a resource name. */
export const arnName = (name: string): string => name.toLowerCase().replace(/ /g, '-');

export const configArn = (ctx: OperationContext, type: ConfigType, name: string): string =>
  imageBuilderArn({ region: ctx.region, account: ctx.caller.accountId, type, name: arnName(name) });

/** The ARN pattern of an unversioned resource type (an account id or `aws` as owner). */
export const configArnRule = (type: ConfigType): TextRule => ({
  min: 1,
  max: 1024,
  pattern: new RegExp(`^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws):${type}/[a-z0-9-_]+$`),
});

/** ResourceNotFoundException for an ARN. */
export const notFound = (arn: string) => resourceNotFound(`The resource ARN '${arn}' does not exist.`);

/** The caller's resource at the ARN in the request's Region, if any. */
export async function findOwned<T>(
  ctx: OperationContext,
  type: ImageBuilderResourceType,
  arn: string,
): Promise<StoredResource<T> | undefined> {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed || parsed.account !== ctx.caller.accountId || parsed.region !== ctx.region) return undefined;
  return getResource<T>(ctx.tx, type, parsed.account, arn);
}

/** The caller's resource at the ARN, or ResourceNotFoundException. */
export async function requireOwned<T>(
  ctx: OperationContext,
  type: ImageBuilderResourceType,
  arn: string,
): Promise<StoredResource<T>> {
  const stored = await findOwned<T>(ctx, type, arn);
  if (!stored) throw notFound(arn);
  return stored;
}

/** ResourceAlreadyExistsException when the name is taken, with AWS's message. */
export async function requireNameFree(ctx: OperationContext, type: ConfigType, arn: string): Promise<void> {
  if (await findOwned(ctx, type, arn)) {
    throw resourceAlreadyExists(`The following resource '${KIND[type]}' already exists: '${arn}'.`);
  }
}

/** ResourceDependencyException for a resource other resources depend on, with AWS's message. */
export const dependedOn = (arn: string) =>
  resourceDependency(
    `Resource dependency error: The resource ARN '${arn}' has other resources depended on it.`,
  );

/** The stored resource as its Get* operation answers it, with the tags it has now. */
export function currentShape<T extends ApiObject>(stored: StoredResource<T>): T {
  return { ...stored.resource, tags: { ...stored.tags } } as T;
}
