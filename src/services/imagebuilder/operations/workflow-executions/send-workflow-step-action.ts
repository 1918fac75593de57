/**
 * SendWorkflowStepAction: resumes or stops a workflow step that waits for an action. Authorized as
 * imagebuilder:SendWorkflowStepAction on the image and on the step execution. A step that does not wait
 * for an action is InvalidRequestException; RESUME completes the step, STOP fails it.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_SendWorkflowStepAction.html
 */
import { defineOperation } from '../../../common/operation.js';
import {
  saveWorkflowRecord,
  WORKFLOW_STEP_EXECUTION,
  WORKFLOW_STEP_EXECUTION_ID,
} from '../../common/build-workflow-records.js';
import { invalidParameterValue, invalidRequest } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { IMAGE_BUILD_VERSION_ARN, imageCheck } from '../../common/image-lookup.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { isWaiting } from './list-waiting-workflow-steps.js';
import { requireStepExecution, stepArnOf } from './workflow-access.js';

export const sendWorkflowStepAction = defineOperation({
  name: 'SendWorkflowStepAction',
  http: { method: 'PUT', uri: '/SendWorkflowStepAction' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const stepExecutionId = reader.string('stepExecutionId', WORKFLOW_STEP_EXECUTION_ID);
    const imageArn = reader.string('imageBuildVersionArn', IMAGE_BUILD_VERSION_ARN);
    const action = reader.optionalEnum('action', ['RESUME', 'STOP']) ?? (reader.string('action') as 'RESUME');
    const reason = reader.optionalString('reason', { min: 1, max: 1024 });
    const clientToken = reader.string('clientToken', CLIENT_TOKEN);
    return { stepExecutionId, imageArn, action, reason, clientToken };
  },
  async access(input, ctx) {
    return [
      await imageCheck(ctx, 'imagebuilder:SendWorkflowStepAction', input.imageArn),
      { action: 'imagebuilder:SendWorkflowStepAction', resource: stepArnOf(ctx, input.stepExecutionId) },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    return idempotent(ctx, 'SendWorkflowStepAction', clientToken, params, async () => {
      const step = await requireStepExecution(ctx, input.stepExecutionId);
      if (step.resource['imageBuildVersionArn'] !== input.imageArn) {
        throw invalidParameterValue(
          `The workflow step '${input.stepExecutionId}' does not belong to image '${input.imageArn}'.`,
        );
      }
      if (!isWaiting(step.resource)) {
        throw invalidRequest(`The workflow step '${input.stepExecutionId}' is not waiting for an action.`);
      }
      const resource = {
        ...step.resource,
        status: input.action === 'RESUME' ? 'COMPLETED' : 'FAILED',
        ...(input.reason !== undefined ? { message: input.reason } : {}),
        endTime: ctx.now.toISOString(),
      };
      await saveWorkflowRecord(ctx.tx, WORKFLOW_STEP_EXECUTION, step, input.stepExecutionId, resource);
      return { stepExecutionId: input.stepExecutionId, imageBuildVersionArn: input.imageArn, clientToken };
    });
  },
});
