/**
 * Image Builder operations on workflow executions: the workflows and steps the simulated builds ran.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 */
import type { Operation } from '../../../common/operation.js';
import { getWorkflowExecution } from './get-workflow-execution.js';
import { getWorkflowStepExecution } from './get-workflow-step-execution.js';
import { listWaitingWorkflowSteps } from './list-waiting-workflow-steps.js';
import { listWorkflowExecutions } from './list-workflow-executions.js';
import { listWorkflowStepExecutions } from './list-workflow-step-executions.js';
import { sendWorkflowStepAction } from './send-workflow-step-action.js';

export const workflowExecutionsOperations: readonly Operation[] = [
  listWorkflowExecutions,
  getWorkflowExecution,
  listWorkflowStepExecutions,
  getWorkflowStepExecution,
  listWaitingWorkflowSteps,
  sendWorkflowStepAction,
];
