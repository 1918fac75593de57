/**
 * A lifecycle action on the resources associated with an Image Builder image — its distributed AMIs
 * (lifecycle-amis) and container images (lifecycle-containers), as the action's includeResources says —
 * each acted on and reported as an execution resource whose parent is the image.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 */
import type { ApiObject } from '../common/image-api-values.js';
import type { ExecutionResource } from '../common/lifecycle-execution-records.js';
import type { AssociatedOptions } from './lifecycle-action-options.js';
import { actOnAmi } from './lifecycle-amis.js';
import { actOnContainer } from './lifecycle-containers.js';
import type { LifecycleRun } from './lifecycle-run.js';

export type { AssociatedOptions, LifecycleActionName } from './lifecycle-action-options.js';

/** The associated resources of the image the options include, each acted on and reported. */
export async function actOnAssociated(
  run: LifecycleRun,
  image: ApiObject,
  options: AssociatedOptions,
): Promise<ExecutionResource[]> {
  const arn = String(image['arn']);
  const outputs = (image['outputResources'] as ApiObject | undefined) ?? {};
  const out: ExecutionResource[] = [];
  if (options.amis) {
    for (const ami of Array.isArray(outputs['amis']) ? (outputs['amis'] as ApiObject[]) : []) {
      out.push({ parentResourceId: arn, resource: await actOnAmi(run, arn, ami, options) });
    }
  }
  if (options.containers && options.action === 'DELETE') {
    for (const container of Array.isArray(outputs['containers'])
      ? (outputs['containers'] as ApiObject[])
      : []) {
      out.push({ parentResourceId: arn, resource: await actOnContainer(run, container, options) });
    }
  }
  return out;
}
