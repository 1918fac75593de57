/**
 * RetryImage's resumption of a failed build: "Image Builder automatically resumes the distribution
 * process from the point of failure using the original distribution configuration and settings. The
 * RetryImage API can retry distributions that failed during the distribution phase, test phase, or
 * integration phase" — without rebuilding the image. The phase a build failed in is the one its state
 * reason starts with (the builds engine writes `PHASE (step): why`). Resuming puts the same image build
 * version back in that state, with what the build had made restored as its progress (the AMI created in
 * BUILDING, or the AMIs distributed before an INTEGRATING failure; a container image's build output), so
 * that the builds engine (src/services/imagebuilder/builds/) takes it from there with the frozen build
 * request. A failure before TESTING (no output image yet) cannot be retried: that image must be rebuilt.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_RetryImage.html
 */
import type { StoreTx } from '../../../store/store.js';
import type { BuildProgress } from '../builds/build-progress.js';
import { stringMember, type ApiObject } from './image-api-values.js';
import type { ImageBuildRequest } from './image-build-request.js';
import { amiShape, amisOfImage, ec2ImagesOf } from './misc-ec2-images.js';
import type { StoredResource } from './resources.js';

/** The phases whose failure RetryImage resumes. */
export const RETRYABLE_PHASES = ['TESTING', 'DISTRIBUTING', 'INTEGRATING'] as const;
export type RetryablePhase = (typeof RETRYABLE_PHASES)[number];

/** The phase a failure reason names (`DISTRIBUTING (Distribution): ...` → DISTRIBUTING), if any. */
export function failedPhase(reason: string | undefined): string | undefined {
  return /^([A-Z]+)(?: \(|:)/.exec(reason ?? '')?.[1];
}

export const isRetryable = (phase: string | undefined): phase is RetryablePhase =>
  (RETRYABLE_PHASES as readonly string[]).includes(phase ?? '');

/** The container image the BUILDING phase pushed (the recipe's target repository in the build's Region). */
function builtContainer(request: ImageBuildRequest, image: StoredResource<ApiObject>): ApiObject {
  const target = request.recipe.resource['targetRepository'] as ApiObject | undefined;
  const repository = stringMember(target, 'repositoryName') ?? image.name;
  const host = `${request.account}.dkr.ecr.${request.region}.amazonaws.com`;
  return {
    region: request.region,
    imageUris: [`${host}/${repository}:${image.version ?? '1.0.0'}-${image.build ?? 1}`],
  };
}

/**
 * Where the build resumes and with what progress: the failed phase (a container image that failed while
 * integrating distributes again: that step makes no requests and recomputes its outputs).
 */
export async function resumption(
  tx: StoreTx,
  request: ImageBuildRequest,
  image: StoredResource<ApiObject>,
  phase: RetryablePhase,
): Promise<{ state: RetryablePhase; progress: BuildProgress }> {
  const base: BuildProgress = { imageArn: image.arn, amis: [], containers: [], workflows: {}, steps: 0 };
  if (request.recipe.type === 'container-recipe') {
    const state = phase === 'INTEGRATING' ? 'DISTRIBUTING' : phase;
    return { state, progress: { ...base, containers: [builtContainer(request, image)] } };
  }
  const own = (await ec2ImagesOf(tx, request.account)).find(
    (ami) => ami.sourceImageArn === image.arn && ami.region === request.region,
  );
  const amis =
    phase === 'INTEGRATING' ? (await amisOfImage(tx, request.account, image.arn)).map(amiShape) : [];
  return {
    state: phase,
    progress: { ...base, ...(own ? { amiId: own.imageId } : {}), amis },
  };
}
