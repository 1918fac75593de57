/**
 * Writing what a build step decided: the image's new state (with `state.reason` for FAILED, and
 * `outputResources` once AVAILABLE), the packages of the output image in the build request (what
 * ListImagePackages answers), and — for pipeline runs — the pipeline's lastRunStatus and
 * consecutiveFailures. A build that IAM refused also keeps the refused request as data, in the stored
 * envelope's `buildFailure` (outside `resource`, so GetImage and ListImages never answer it; ibiam's own
 * GetImageFailure does).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Image.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImagePipeline.html
 */
import type { StoreTx } from '../../../store/store.js';
import { compact, type ApiObject } from '../common/image-api-values.js';
import { putBuildRequest, type ImageBuildRequest } from '../common/image-build-request.js';
import { getResource, putResource, type StoredResource } from '../common/resources.js';
import type { BuildProgress } from './build-progress.js';
import type { RefusedRequest } from './step-authorizer.js';

/** The IAM refusal that failed a build: the step, and the request refused. */
export interface BuildFailure extends RefusedRequest {
  readonly step: string;
}

export type ImageOutcome = {
  readonly status: string;
  readonly reason?: string;
  readonly failure?: BuildFailure;
};

/** The stored image envelope, with the refusal that failed its build (internal: in no API output). */
export interface StoredImage extends StoredResource<ApiObject> {
  readonly buildFailure?: BuildFailure;
}

/** The image with its new state; AVAILABLE images also get their output resources. */
export function imageWithState(
  image: StoredImage,
  outcome: ImageOutcome,
  progress: BuildProgress,
): StoredImage {
  const available = outcome.status === 'AVAILABLE';
  const outputResources = available
    ? compact({
        amis: progress.amis.length > 0 ? progress.amis : undefined,
        containers: progress.containers.length > 0 ? progress.containers : undefined,
      })
    : image.resource['outputResources'];
  const { buildFailure: _previous, ...envelope } = image;
  return {
    ...envelope,
    ...(outcome.failure ? { buildFailure: outcome.failure } : {}),
    resource: compact({
      ...image.resource,
      state: compact({ status: outcome.status, reason: outcome.reason }),
      outputResources: outputResources as ApiObject | undefined,
    }),
  };
}

/** The packages recorded for an image with enhanced metadata: the components it applied. */
export async function recordPackages(tx: StoreTx, request: ImageBuildRequest): Promise<void> {
  if (!request.enhancedImageMetadataEnabled) return;
  const components = Array.isArray(request.recipe.resource['components'])
    ? (request.recipe.resource['components'] as ApiObject[])
    : [];
  const packages = components.map((c) => {
    const parts = String(c['componentArn'] ?? '').split('/');
    return { packageName: parts[1] ?? 'component', packageVersion: parts[2] ?? '1.0.0' };
  });
  await putBuildRequest(tx, { ...request, packages });
}

/** Reflects the run's status on its pipeline (lastRunStatus; failures in a row). */
export async function updatePipeline(tx: StoreTx, request: ImageBuildRequest, status: string): Promise<void> {
  if (request.source.operation === 'CreateImage') return;
  const arn = request.source.imagePipelineArn;
  const pipeline = await getResource<ApiObject>(tx, 'image-pipeline', request.account, arn);
  if (!pipeline) return;
  // A later run of the pipeline owns lastRunStatus.
  const lastRun = pipeline.resource['dateLastRun'];
  if (typeof lastRun === 'string' && lastRun > request.requestedAt) return;
  const failures = Number(pipeline.resource['consecutiveFailures'] ?? 0);
  const consecutiveFailures = status === 'FAILED' ? failures + 1 : status === 'AVAILABLE' ? 0 : failures;
  await putResource(tx, {
    ...pipeline,
    resource: { ...pipeline.resource, lastRunStatus: status, consecutiveFailures },
  });
}
