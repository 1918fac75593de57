/**
 * GetLifecycleExecution: one run of a lifecycle policy (or of StartResourceStateUpdate): its state,
 * times and whether it identified resources. imagebuilder:GetLifecycleExecution on the execution's ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetLifecycleExecution.html
 */
import { defineOperation } from '../../../common/operation.js';
import { JsonReader } from '../../common/input.js';
import { executionArnOf, readExecutionId, requireExecution } from './lifecycle-execution-access.js';

export const getLifecycleExecution = defineOperation({
  name: 'GetLifecycleExecution',
  http: { method: 'GET', uri: '/GetLifecycleExecution' },
  write: false,
  input(params) {
    return { id: readExecutionId(new JsonReader(params)) };
  },
  access(input, ctx) {
    return [{ action: 'imagebuilder:GetLifecycleExecution', resource: executionArnOf(ctx, input.id) }];
  },
  async run(input, ctx) {
    const stored = await requireExecution(ctx, input.id);
    return { lifecycleExecution: stored.resource };
  },
});
