/**
 * Writing what a build step decided: the image's new state (with `state.reason` for FAILED, and
 * `outputResources` once AVAILABLE), the packages of the output image in the build request (what
 * ListImagePackages answers), and — for pipeline runs — the pipeline's lastRunStatus and
 * consecutiveFailures.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Image.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImagePipeline.html
 */
import type { StoreTx } from '../../../store/store.js';
import { compact, type ApiObject } from '../common/image-api-values.js';
import { putBuildRequest, type ImageBuildRequest } from '../common/image-build-request.js';
import { getResource, putResource, type StoredResource } from '../common/resources.js';
import type { BuildProgress } from './build-progress.js';

export type ImageOutcome = { readonly status: string; readonly reason?: string };

/** The image with its new state; AVAILABLE images also get their output resources. */
export function imageWithState(
  image: StoredResource<ApiObject>,
  outcome: ImageOutcome,
  progress: BuildProgress,
): StoredResource<ApiObject> {
  const available = outcome.status === 'AVAILABLE';
  const outputResources = available
    ? compact({
        amis: progress.amis.length > 0 ? progress.amis : undefined,
        containers: progress.containers.length > 0 ? progress.containers : undefined,
      })
    : image.resource['outputResources'];
  return {
    ...image,
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
