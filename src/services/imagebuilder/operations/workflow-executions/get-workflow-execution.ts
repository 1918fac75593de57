/**
 * GetWorkflowExecution: one workflow of a build (its status, step counts, times and message).
 * imagebuilder:GetWorkflowExecution on the workflow execution's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowExecution.html
 */
import { defineOperation } from '../../../common/operation.js';
import { WORKFLOW_EXECUTION_ID } from '../../common/build-workflow-records.js';
import { JsonReader } from '../../common/input.js';
import { requireWorkflowExecution, workflowArnOf } from './workflow-access.js';

export const getWorkflowExecution = defineOperation({
  name: 'GetWorkflowExecution',
  http: { method: 'GET', uri: '/GetWorkflowExecution' },
  write: false,
  input(params) {
    return { id: new JsonReader(params).string('workflowExecutionId', WORKFLOW_EXECUTION_ID) };
  },
  access(input, ctx) {
    return [{ action: 'imagebuilder:GetWorkflowExecution', resource: workflowArnOf(ctx, input.id) }];
  },
  async run(input, ctx) {
    const stored = await requireWorkflowExecution(ctx, input.id);
    return { requestId: ctx.requestId, ...stored.resource };
  },
});
