/**
 * A lifecycle action on one Image Builder image: its associated resources first (lifecycle-associated),
 * then the image resource itself — deleted for DELETE (imagebuilder:DeleteImage as the execution role),
 * otherwise moved to DEPRECATED (with its deprecationTime), DISABLED or back to AVAILABLE. An image
 * whose associated resources could not all be handled is left as it was and reported FAILED.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';
import { deleteBuildRequest } from '../common/image-build-request.js';
import { epochSeconds, type ExecutionResource } from '../common/lifecycle-execution-records.js';
import { deleteResource, putResource, type StoredResource } from '../common/resources.js';
import { actOnAssociated, type AssociatedOptions, type LifecycleActionName } from './lifecycle-associated.js';
import type { LifecycleRun } from './lifecycle-run.js';
import { StepFailure } from './step-authorizer.js';

const ACTION_STATE: Record<LifecycleActionName, string> = {
  AVAILABLE: 'AVAILABLE',
  DEPRECATE: 'DEPRECATED',
  DISABLE: 'DISABLED',
  DELETE: 'DELETED',
};

/** Acts on one image: its associated resources, then the image itself. */
export async function actOnImage(
  run: LifecycleRun,
  stored: StoredResource<ApiObject>,
  options: AssociatedOptions,
): Promise<ExecutionResource[]> {
  const children = await actOnAssociated(run, stored.resource, options);
  const failed = children.filter((c) => (c.resource['state'] as ApiObject)['status'] === 'FAILED');
  const base = {
    accountId: stored.account,
    resourceId: stored.arn,
    action: { name: options.action, reason: options.reason },
    region: stored.region,
    startTime: epochSeconds(run.now),
  };
  let state: ApiObject = { status: 'SUCCESS' };
  if (failed.length > 0) {
    state = {
      status: 'FAILED',
      reason: `The action failed for ${failed.length} associated resource(s); the image was left unchanged.`,
    };
  } else {
    try {
      if (options.action === 'DELETE') {
        if (run.withRole) {
          const check = {
            action: 'imagebuilder:DeleteImage',
            resource: stored.arn,
            resourceTags: stored.tags,
          };
          await run.authorizer().require(run.executionActor, check);
        }
        await deleteResource(run.tx, 'image', stored.account, stored.arn);
        await deleteBuildRequest(run.tx, stored.account, stored.arn);
      } else {
        const status = ACTION_STATE[options.action];
        const deprecationTime = options.action === 'DEPRECATE' ? epochSeconds(run.now) : undefined;
        const { deprecationTime: _previous, ...rest } = stored.resource;
        const resource = compact({
          ...(options.action === 'AVAILABLE' ? rest : stored.resource),
          state: { status },
          deprecationTime,
          lifecycleExecutionId: run.executionId,
        });
        await putResource(run.tx, { ...stored, resource });
      }
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      state = { status: 'FAILED', reason: error.reason };
    }
  }
  return [...children, { resource: compact({ ...base, state, endTime: epochSeconds(run.now) }) }];
}
