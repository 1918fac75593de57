/**
 * ListLifecycleExecutionResources: what a lifecycle execution identified and did. Without
 * parentResourceId, the Image Builder images; with an image ARN, that image's associated resources
 * (distributed AMIs with their snapshots, container images). Each has the action, its reason and its
 * state (SUCCESS, SKIPPED or FAILED with the reason, e.g. the request the role was refused).
 * imagebuilder:ListLifecycleExecutionResources on the execution's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListLifecycleExecutionResources.html
 */
import { defineOperation } from '../../../common/operation.js';
import { readPage } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { executionArnOf, readExecutionId, requireExecution } from './lifecycle-execution-access.js';

export const listLifecycleExecutionResources = defineOperation({
  name: 'ListLifecycleExecutionResources',
  http: { method: 'POST', uri: '/ListLifecycleExecutionResources' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const id = readExecutionId(reader);
    const parentResourceId = reader.optionalString('parentResourceId', { min: 1, max: 1024 });
    return { id, ...(parentResourceId !== undefined ? { parentResourceId } : {}), ...readPage(reader) };
  },
  access(input, ctx) {
    return [
      { action: 'imagebuilder:ListLifecycleExecutionResources', resource: executionArnOf(ctx, input.id) },
    ];
  },
  async run(input, ctx) {
    const stored = await requireExecution(ctx, input.id);
    const resources = stored.resources
      .filter((r) => r.parentResourceId === input.parentResourceId)
      .map((r) => r.resource);
    const { items, nextToken } = page(resources, input);
    return {
      lifecycleExecutionId: input.id,
      lifecycleExecutionState: stored.resource['state'],
      resources: items,
      nextToken,
    };
  },
});
