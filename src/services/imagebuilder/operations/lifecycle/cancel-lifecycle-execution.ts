/**
 * CancelLifecycleExecution: stops a lifecycle execution that has not run yet (a StartResourceStateUpdate
 * waiting for its updateAt time, or a run not yet taken up); it becomes CANCELLED. An execution that is
 * over cannot be cancelled (InvalidRequestException). imagebuilder:CancelLifecycleExecution on its ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CancelLifecycleExecution.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidRequest } from '../../common/errors.js';
import { idempotent } from '../../common/idempotency.js';
import { CLIENT_TOKEN, JsonReader } from '../../common/input.js';
import { epochSeconds, executionShape, executionStatus } from '../../common/lifecycle-execution-records.js';
import { putResource } from '../../common/resources.js';
import { executionArnOf, readExecutionId, requireExecution } from './lifecycle-execution-access.js';

export const cancelLifecycleExecution = defineOperation({
  name: 'CancelLifecycleExecution',
  http: { method: 'PUT', uri: '/CancelLifecycleExecution' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    return { id: readExecutionId(reader), clientToken: reader.string('clientToken', CLIENT_TOKEN) };
  },
  access(input, ctx) {
    return [{ action: 'imagebuilder:CancelLifecycleExecution', resource: executionArnOf(ctx, input.id) }];
  },
  async run(input, ctx) {
    return idempotent(ctx, 'CancelLifecycleExecution', input.clientToken, { id: input.id }, async () => {
      const stored = await requireExecution(ctx, input.id);
      const status = executionStatus(stored);
      if (status !== 'PENDING' && status !== 'IN_PROGRESS') {
        throw invalidRequest(`The lifecycle execution '${input.id}' is ${status} and cannot be cancelled.`);
      }
      const policyArn = stored.resource['lifecyclePolicyArn'];
      const resource = executionShape({
        id: input.id,
        ...(typeof policyArn === 'string' ? { policyArn } : {}),
        status: 'CANCELLED',
        reason: 'The lifecycle execution was cancelled.',
        impacted: false,
        startTime: Number(stored.resource['startTime'] ?? epochSeconds(ctx.now)),
        endTime: epochSeconds(ctx.now),
      });
      await putResource(ctx.tx, { ...stored, resource });
      return { lifecycleExecutionId: input.id };
    });
  },
});
