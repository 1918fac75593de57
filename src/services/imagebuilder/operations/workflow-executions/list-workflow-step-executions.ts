/**
 * ListWorkflowStepExecutions: the steps of a workflow execution in the order they ran, each with its
 * status and message (a failed step's message says which request was refused and what is missing).
 * imagebuilder:ListWorkflowStepExecutions on the workflow execution's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWorkflowStepExecutions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { stepShape, stepsOf, WORKFLOW_EXECUTION_ID } from '../../common/build-workflow-records.js';
import type { ApiObject } from '../../common/image-api-values.js';
import { readPage } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { requireWorkflowExecution, workflowArnOf } from './workflow-access.js';

const metadata = (s: ApiObject): ApiObject => {
  const {
    workflowBuildVersionArn: _w,
    workflowExecutionId: _e,
    imageBuildVersionArn: _i,
    ...rest
  } = stepShape(s);
  return rest;
};

export const listWorkflowStepExecutions = defineOperation({
  name: 'ListWorkflowStepExecutions',
  http: { method: 'POST', uri: '/ListWorkflowStepExecutions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return { id: reader.string('workflowExecutionId', WORKFLOW_EXECUTION_ID), ...readPage(reader) };
  },
  access(input, ctx) {
    return [{ action: 'imagebuilder:ListWorkflowStepExecutions', resource: workflowArnOf(ctx, input.id) }];
  },
  async run(input, ctx) {
    const workflow = await requireWorkflowExecution(ctx, input.id);
    const steps = await stepsOf(ctx.tx, ctx.caller.accountId, ctx.region, input.id);
    const { items, nextToken } = page(
      steps.map((s) => metadata(s.resource)),
      input,
    );
    return {
      requestId: ctx.requestId,
      steps: items,
      workflowBuildVersionArn: workflow.resource['workflowBuildVersionArn'],
      workflowExecutionId: input.id,
      imageBuildVersionArn: workflow.resource['imageBuildVersionArn'],
      message: workflow.resource['message'],
      nextToken,
    };
  },
});
