/** Image Builder operations on workflows. */
import type { Operation } from '../../../common/operation.js';
import { createWorkflow } from './create-workflow.js';
import { deleteWorkflow } from './delete-workflow.js';
import { getWorkflow } from './get-workflow.js';
import { listWorkflowBuildVersions } from './list-workflow-build-versions.js';
import { listWorkflows } from './list-workflows.js';

export const workflowsOperations: readonly Operation[] = [
  createWorkflow,
  getWorkflow,
  listWorkflows,
  listWorkflowBuildVersions,
  deleteWorkflow,
];
