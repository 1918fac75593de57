/**
 * The workflow executions of a simulated build and their steps, stored in the Image Builder envelope:
 * type `workflow-execution` (ARN `workflow-execution/wf-UUID`, `resource` in the GetWorkflowExecution
 * shape) and `workflow-step-execution` (ARN `workflow-step-execution/step-UUID`, `resource` in the
 * GetWorkflowStepExecution shape), both in the image's account and Region. A build without workflows of
 * its own runs AWS's default ones (build-image / test-image, build-container / test-container).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowExecution.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflowStepExecution.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-workflows.html
 */
import { randomUUID } from 'node:crypto';
import type { StoreTx } from '../../../store/store.js';
import { imageBuilderArn } from './arns.js';
import { compact, type ApiObject } from './image-api-values.js';
import { getResource, listResources, putResource, type StoredResource } from './resources.js';

export type WorkflowKind = 'build' | 'test' | 'distribution';
export const WORKFLOW_EXECUTION = 'workflow-execution' as const;
export const WORKFLOW_STEP_EXECUTION = 'workflow-step-execution' as const;

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const WORKFLOW_EXECUTION_ID = { pattern: new RegExp(`^wf-${UUID}$`) };
export const WORKFLOW_STEP_EXECUTION_ID = { pattern: new RegExp(`^step-${UUID}$`) };

export const newWorkflowExecutionId = (): string => `wf-${randomUUID()}`;
export const newStepExecutionId = (): string => `step-${randomUUID()}`;

export const workflowExecutionArn = (region: string, account: string, id: string) =>
  imageBuilderArn({ region, account, type: WORKFLOW_EXECUTION, name: id });
export const stepExecutionArn = (region: string, account: string, id: string) =>
  imageBuilderArn({ region, account, type: WORKFLOW_STEP_EXECUTION, name: id });

/** AWS's default workflow for a kind of build, as a build version ARN of an AWS-owned workflow. */
export const defaultWorkflowArn = (region: string, kind: 'build' | 'test', container: boolean): string =>
  imageBuilderArn({
    region,
    account: 'aws',
    type: `workflow/${kind}`,
    name: `${kind}-${container ? 'container' : 'image'}`,
    version: '1.0.0',
    build: 1,
  });

export const getWorkflowExecution = (tx: StoreTx, region: string, account: string, id: string) =>
  getResource<ApiObject>(tx, WORKFLOW_EXECUTION, account, workflowExecutionArn(region, account, id));

export const getStepExecution = (tx: StoreTx, region: string, account: string, id: string) =>
  getResource<ApiObject>(tx, WORKFLOW_STEP_EXECUTION, account, stepExecutionArn(region, account, id));

/** The workflow executions of an image, oldest first. */
export async function workflowExecutionsOf(tx: StoreTx, account: string, region: string, imageArn: string) {
  const all = await listResources<ApiObject>(tx, WORKFLOW_EXECUTION, account, region);
  return all
    .filter((w) => w.resource['imageBuildVersionArn'] === imageArn)
    .sort((a, b) => String(a.resource['startTime']).localeCompare(String(b.resource['startTime'])));
}

/** The steps of a workflow execution, in the order they ran. */
export async function stepsOf(tx: StoreTx, account: string, region: string, workflowExecutionId: string) {
  const all = await listResources<ApiObject>(tx, WORKFLOW_STEP_EXECUTION, account, region);
  return all
    .filter((s) => s.resource['workflowExecutionId'] === workflowExecutionId)
    .sort((a, b) => Number(a.resource['order'] ?? 0) - Number(b.resource['order'] ?? 0));
}

export async function saveWorkflowRecord(
  tx: StoreTx,
  type: typeof WORKFLOW_EXECUTION | typeof WORKFLOW_STEP_EXECUTION,
  where: { readonly account: string; readonly region: string },
  id: string,
  resource: ApiObject,
): Promise<void> {
  const arn =
    type === WORKFLOW_EXECUTION
      ? workflowExecutionArn(where.region, where.account, id)
      : stepExecutionArn(where.region, where.account, id);
  const stored: StoredResource<ApiObject> = {
    arn,
    account: where.account,
    region: where.region,
    type,
    name: id,
    tags: {},
    resource,
  };
  await putResource(tx, stored);
}

/** The public shape of a step (the stored `order` member is ours). */
export const stepShape = (step: ApiObject): ApiObject => {
  const { order: _order, ...rest } = step;
  return compact(rest);
};
