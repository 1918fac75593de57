/**
 * GetWorkflowStepExecution: one step of a build's workflow (action, status, message, inputs, outputs,
 * times). The step's id is also the request id of its authorization decisions in the decision log.
 * imagebuilder:GetWorkflowStepExecution on the step execution's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowStepExecution.html
 */
import { defineOperation } from '../../../common/operation.js';
import { stepShape, WORKFLOW_STEP_EXECUTION_ID } from '../../common/build-workflow-records.js';
import { JsonReader } from '../../common/input.js';
import { requireStepExecution, stepArnOf } from './workflow-access.js';

export const getWorkflowStepExecution = defineOperation({
  name: 'GetWorkflowStepExecution',
  http: { method: 'GET', uri: '/GetWorkflowStepExecution' },
  write: false,
  input(params) {
    return { id: new JsonReader(params).string('stepExecutionId', WORKFLOW_STEP_EXECUTION_ID) };
  },
  access(input, ctx) {
    return [{ action: 'imagebuilder:GetWorkflowStepExecution', resource: stepArnOf(ctx, input.id) }];
  },
  async run(input, ctx) {
    const stored = await requireStepExecution(ctx, input.id);
    return { requestId: ctx.requestId, ...stepShape(stored.resource) };
  },
});
