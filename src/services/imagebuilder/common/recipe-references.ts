/**
 * What a recipe refers to: its components and its parent image. Using a component or an Image Builder
 * image is reading it, so CreateImageRecipe and CreateContainerRecipe authorize imagebuilder:GetComponent
 * on each component and imagebuilder:GetImage on a parent image ARN (the Service Authorization
 * Reference's operations table lists both for CreateContainerRecipe) — with the resource policy of
 * another account's resource, so shared components and images work when both sides allow. A referenced
 * component must exist in the recipe's Region, and the parameters a recipe sets must be ones the
 * component document defines. AWS-owned components and images (owner `aws`) are public and not modeled:
 * they are accepted without an existence check.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImageRecipe.html
 */
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { parseImageBuilderArn } from './arns.js';
import type { ComponentShape, Platform } from './component-shapes.js';
import { resolveVersioned } from './component-versioning.js';
import { invalidParameterCombination, invalidParameterValue } from './errors.js';
import { isAwsOwned, resourceCheck } from './policy-access.js';
import type { ComponentConfiguration } from './recipe-input.js';
import type { StoredResource } from './resources.js';

const IMAGE_BUILDER_ARN = /^arn:aws[^:]*:imagebuilder:/;

async function resolve<T>(ctx: OperationContext, arn: string) {
  const parsed = parseImageBuilderArn(arn);
  if (!parsed || isAwsOwned(arn)) return undefined;
  return resolveVersioned<T>(ctx.tx, parsed);
}

/** The parent image when it is an Image Builder image ARN (else an AMI, SSM parameter or product). */
function parentImageArn(parentImage: string): string | undefined {
  if (!IMAGE_BUILDER_ARN.test(parentImage)) return undefined;
  if (parseImageBuilderArn(parentImage)?.type !== 'image')
    throw invalidParameterValue(
      `The value supplied for parameter 'parentImage' is not valid. Specify an AMI ID or an Image Builder image ARN.`,
    );
  return parentImage;
}

export async function referenceChecks(
  ctx: OperationContext,
  components: readonly ComponentConfiguration[],
  parentImage: string,
): Promise<AccessCheck[]> {
  const caller = ctx.caller.accountId;
  const checks: AccessCheck[] = [];
  for (const { componentArn } of components) {
    const stored = await resolve<ComponentShape>(ctx, componentArn);
    checks.push(resourceCheck('imagebuilder:GetComponent', componentArn, stored, caller));
  }
  const image = parentImageArn(parentImage);
  if (image) checks.push(resourceCheck('imagebuilder:GetImage', image, await resolve(ctx, image), caller));
  return checks;
}

export interface CheckedReferences {
  /** The platform the components (or the parent image) are for, when known. */
  readonly platform?: Platform;
  readonly components: readonly (StoredResource<ComponentShape> | undefined)[];
}

export async function checkReferences(
  ctx: OperationContext,
  components: readonly ComponentConfiguration[],
  parentImage: string,
): Promise<CheckedReferences> {
  const found: (StoredResource<ComponentShape> | undefined)[] = [];
  for (const [i, config] of components.entries()) {
    const member = `components[${i}]`;
    const parsed = parseImageBuilderArn(config.componentArn)!;
    if (isAwsOwned(config.componentArn)) {
      found.push(undefined);
      continue;
    }
    const stored =
      parsed.region === ctx.region ? await resolve<ComponentShape>(ctx, config.componentArn) : undefined;
    if (!stored)
      throw invalidParameterValue(
        `The value supplied for parameter '${member}.componentArn' is not valid. The component ${config.componentArn} does not exist in ${ctx.region}.`,
      );
    const defined = new Set((stored.resource.parameters ?? []).map((p) => p.name));
    const unknown = (config.parameters ?? []).map((p) => p.name).filter((name) => !defined.has(name));
    if (unknown.length > 0)
      throw invalidParameterCombination(
        `The value supplied for parameter '${member}.parameters' is not valid. The following parameters are not defined in the provided component: ${unknown.join(', ')}`,
      );
    found.push(stored);
  }
  const image = parentImageArn(parentImage);
  let imagePlatform: Platform | undefined;
  if (image && !isAwsOwned(image)) {
    const stored = await resolve<{ platform?: Platform }>(ctx, image);
    if (!stored)
      throw invalidParameterValue(
        `The value supplied for parameter 'parentImage' is not valid. The image ${image} does not exist.`,
      );
    imagePlatform = stored.resource.platform;
  }
  const platform = found.find((c) => c !== undefined)?.resource.platform ?? imagePlatform;
  return { components: found, ...(platform ? { platform } : {}) };
}
