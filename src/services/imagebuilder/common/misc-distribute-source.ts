/**
 * DistributeImage's `sourceImage`: "an AMI ID; a Systems Manager Parameter Store reference, prefixed by
 * ssm:, followed by the parameter name or ARN; or an Image Builder image ARN. An image version ARN
 * resolves to the latest available build version", and an Image Builder image "must be in the AVAILABLE
 * state". ibiam knows AMIs only as the simulated builds registered them, so an AMI ID resolves to the
 * Image Builder image that produced it; ibiam has no Parameter Store, so an `ssm:` reference cannot be
 * resolved (ResourceNotFoundException saying so — nothing is made up). An image of another account is
 * used under its resource-based policy (imagebuilder:GetImage, as for a shared recipe).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
 */
import type { OperationContext } from '../../common/operation.js';
import { parseImageBuilderArn } from './arns.js';
import { invalidParameterValue, invalidRequest, resourceInUse, resourceNotFound } from './errors.js';
import type { ApiObject } from './image-api-values.js';
import { notFound } from './image-config-resources.js';
import { IMAGE_VERSION_OR_BUILD_ARN, imageCheck, imagesOf } from './image-lookup.js';
import { IN_PROGRESS_STATES, imageStatus } from './image-records.js';
import { ec2ImagesOf } from './misc-ec2-images.js';
import { getResource, type StoredResource } from './resources.js';
import { matchesVersionFilter, parseVersion, parseVersionFilter } from './versions.js';

export type SourceReference =
  | { readonly kind: 'image'; readonly arn: string }
  | { readonly kind: 'ami'; readonly imageId: string }
  | { readonly kind: 'ssm'; readonly parameter: string };

const AMI_ID = /^ami-[0-9a-f]{8,17}$/;

/** Which kind of reference `sourceImage` is (InvalidParameterValueException for none of them). */
export function parseSourceImage(text: string): SourceReference {
  if (AMI_ID.test(text)) return { kind: 'ami', imageId: text };
  if (text.startsWith('ssm:') && text.length > 4) return { kind: 'ssm', parameter: text.slice(4) };
  if (IMAGE_VERSION_OR_BUILD_ARN.pattern.test(text)) return { kind: 'image', arn: text };
  throw invalidParameterValue(
    "The value supplied for parameter 'sourceImage' is not valid. Specify an AMI ID, an SSM parameter prefixed by 'ssm:', or an Image Builder image ARN.",
  );
}

/** The image the reference names, without checking its state (undefined when there is none). */
export async function findSourceImage(
  ctx: OperationContext,
  source: SourceReference,
): Promise<StoredResource<ApiObject> | undefined> {
  if (source.kind === 'ssm') return undefined;
  if (source.kind === 'ami') {
    const ami = (await ec2ImagesOf(ctx.tx, ctx.caller.accountId)).find(
      (a) => a.imageId === source.imageId && a.region === ctx.region && a.state !== 'deregistered',
    );
    const parsed = ami ? parseImageBuilderArn(ami.sourceImageArn) : undefined;
    return parsed && ami
      ? getResource<ApiObject>(ctx.tx, 'image', parsed.account, ami.sourceImageArn)
      : undefined;
  }
  const parsed = parseImageBuilderArn(source.arn);
  if (!parsed?.version || parsed.region !== ctx.region) return undefined;
  const filter = parseVersionFilter(parsed.version);
  const builds = (await imagesOf(ctx, parsed.account)).filter(
    (image) =>
      image.name === parsed.name &&
      matchesVersionFilter(parseVersion(image.version ?? '0.0.0'), filter) &&
      (parsed.build === undefined || image.build === parsed.build),
  );
  // A version ARN resolves to the newest AVAILABLE build (imagesOf sorts newest first).
  if (parsed.build !== undefined) return builds[0];
  return builds.find((image) => imageStatus(image.resource) === 'AVAILABLE') ?? builds[0];
}

/** The AVAILABLE AMI image to distribute, authorized when another account shares it. */
export async function requireSourceImage(
  ctx: OperationContext,
  source: SourceReference,
): Promise<StoredResource<ApiObject>> {
  if (source.kind === 'ssm') {
    throw resourceNotFound(
      `The SSM parameter '${source.parameter}' cannot be resolved: ibiam has no Systems Manager Parameter Store. Specify an AMI ID or an Image Builder image ARN.`,
    );
  }
  const image = await findSourceImage(ctx, source);
  if (!image) {
    throw source.kind === 'ami'
      ? resourceNotFound(`The AMI '${source.imageId}' does not exist in ${ctx.region}.`)
      : notFound(source.arn);
  }
  if (image.account !== ctx.caller.accountId)
    await ctx.check(await imageCheck(ctx, 'imagebuilder:GetImage', image.arn));
  const status = imageStatus(image.resource) ?? 'UNKNOWN';
  if (IN_PROGRESS_STATES.includes(status))
    throw resourceInUse(`The image '${image.arn}' is still being built (state ${status}).`);
  if (status !== 'AVAILABLE')
    throw invalidRequest(
      `The image '${image.arn}' is in state ${status}: the source image must be in the AVAILABLE state.`,
    );
  if (image.resource['type'] === 'DOCKER')
    throw invalidRequest(`The image '${image.arn}' is a container image: DistributeImage distributes AMIs.`);
  return image;
}
