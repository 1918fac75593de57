/**
 * ListWaitingWorkflowSteps: the caller's workflow steps that wait for an action (WaitForAction steps
 * still RUNNING). The simulated builds run AWS's default build and test workflows, which have no such
 * step, so this is empty unless one is recorded. imagebuilder:ListWaitingWorkflowSteps on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListWaitingWorkflowSteps.html
 */
import { defineOperation } from '../../../common/operation.js';
import { WORKFLOW_STEP_EXECUTION } from '../../common/build-workflow-records.js';
import { compact, type ApiObject } from '../../common/image-api-values.js';
import { readPage } from '../../common/image-list-input.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { listResources } from '../../common/resources.js';

export const isWaiting = (s: ApiObject): boolean =>
  s['action'] === 'WaitForAction' && s['status'] === 'RUNNING';

export const listWaitingWorkflowSteps = defineOperation({
  name: 'ListWaitingWorkflowSteps',
  http: { method: 'POST', uri: '/ListWaitingWorkflowSteps' },
  write: false,
  input(params) {
    return readPage(new JsonReader(params));
  },
  access() {
    return [{ action: 'imagebuilder:ListWaitingWorkflowSteps', resource: '*' }];
  },
  async run(input, ctx) {
    const all = await listResources<ApiObject>(
      ctx.tx,
      WORKFLOW_STEP_EXECUTION,
      ctx.caller.accountId,
      ctx.region,
    );
    const waiting = all
      .map((s) => s.resource)
      .filter(isWaiting)
      .map((s) =>
        compact({
          stepExecutionId: s['stepExecutionId'],
          imageBuildVersionArn: s['imageBuildVersionArn'],
          workflowExecutionId: s['workflowExecutionId'],
          workflowBuildVersionArn: s['workflowBuildVersionArn'],
          name: s['name'],
          action: s['action'],
          startTime: s['startTime'],
        }),
      );
    const { items, nextToken } = page(waiting, input);
    return { steps: items, nextToken };
  },
});
