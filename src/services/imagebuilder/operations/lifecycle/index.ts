/**
 * Image Builder operations on lifecycle policies and lifecycle executions.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-lifecycles.html
 */
import type { Operation } from '../../../common/operation.js';
import { cancelLifecycleExecution } from './cancel-lifecycle-execution.js';
import { createLifecyclePolicy } from './create-lifecycle-policy.js';
import { deleteLifecyclePolicy } from './delete-lifecycle-policy.js';
import { getLifecycleExecution } from './get-lifecycle-execution.js';
import { getLifecyclePolicy } from './get-lifecycle-policy.js';
import { listLifecycleExecutionResources } from './list-lifecycle-execution-resources.js';
import { listLifecycleExecutionsOperation } from './list-lifecycle-executions.js';
import { listLifecyclePolicies } from './list-lifecycle-policies.js';
import { startResourceStateUpdate } from './start-resource-state-update.js';
import { updateLifecyclePolicy } from './update-lifecycle-policy.js';

export const lifecycleOperations: readonly Operation[] = [
  createLifecyclePolicy,
  getLifecyclePolicy,
  listLifecyclePolicies,
  updateLifecyclePolicy,
  deleteLifecyclePolicy,
  startResourceStateUpdate,
  getLifecycleExecution,
  listLifecycleExecutionsOperation,
  listLifecycleExecutionResources,
  cancelLifecycleExecution,
];
