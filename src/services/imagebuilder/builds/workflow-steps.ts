/**
 * The workflow steps a simulated build runs, recorded as workflow executions and step executions: the
 * build workflow (launch the build instance, apply the build components, create the output AMI or push
 * the container image, terminate the instance) and the test workflow (launch the test instance, run the
 * tests, terminate it). Steps are named after the steps of AWS's default build-image / test-image
 * workflows; a build that names workflows of its own records them under those workflows' ARNs.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/wfdoc-step-actions.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_WorkflowStepMetadata.html
 */
import { compact, type ApiObject } from '../common/image-api-values.js';
import {
  defaultWorkflowArn,
  getWorkflowExecution,
  newStepExecutionId,
  newWorkflowExecutionId,
  saveWorkflowRecord,
  WORKFLOW_EXECUTION,
  WORKFLOW_STEP_EXECUTION,
} from '../common/build-workflow-records.js';
import type { BuildStepContext } from './build-context.js';
import type { WorkflowProgress } from './build-progress.js';
import { StepFailure, type StepAuthorizer } from './step-authorizer.js';

export interface StepDefinition {
  readonly workflow: 'build' | 'test';
  readonly name: string;
  readonly action: string;
  readonly description: string;
}

const step = (
  workflow: 'build' | 'test',
  name: string,
  action: string,
  description: string,
): StepDefinition => ({
  workflow,
  name,
  action,
  description,
});

export const STEPS = {
  launchBuild: step('build', 'LaunchBuildInstance', 'LaunchInstance', 'Launch the build instance'),
  applyBuild: step('build', 'ApplyBuildComponents', 'ExecuteComponents', 'Run the build components'),
  createImage: step(
    'build',
    'CreateOutputAMI',
    'CreateImage',
    'Create the output AMI from the build instance',
  ),
  pushContainer: step('build', 'PushContainerImage', 'ExecuteComponents', 'Push the container image to ECR'),
  terminateBuild: step(
    'build',
    'TerminateBuildInstance',
    'TerminateInstance',
    'Terminate the build instance',
  ),
  launchTest: step('test', 'LaunchTestInstance', 'LaunchInstance', 'Launch the test instance'),
  runTests: step('test', 'RunTestSuite', 'ExecuteComponents', 'Run the test components'),
  terminateTest: step('test', 'TerminateTestInstance', 'TerminateInstance', 'Terminate the test instance'),
} as const;

const PLANNED = { build: 4, test: 3 } as const;

function workflowArn(ctx: BuildStepContext, kind: 'build' | 'test'): string {
  const own = ctx.request.workflows.find((w) => w.type === kind);
  return own?.workflowBuildVersionArn ?? defaultWorkflowArn(ctx.region, kind, ctx.isContainer);
}

async function saveWorkflow(
  ctx: BuildStepContext,
  w: WorkflowProgress,
  status: string,
  fields: ApiObject = {},
) {
  const previous = await getWorkflowExecution(ctx.tx, ctx.region, ctx.account, w.id);
  const resource = compact({
    workflowBuildVersionArn: w.workflowBuildVersionArn,
    workflowExecutionId: w.id,
    imageBuildVersionArn: ctx.imageArn,
    type: w.workflowBuildVersionArn.includes(':workflow/test/') ? 'TEST' : 'BUILD',
    status,
    message: undefined,
    totalStepCount: w.planned,
    totalStepsSucceeded: w.succeeded,
    totalStepsFailed: 0,
    totalStepsSkipped: 0,
    startTime: (previous?.resource['startTime'] as string | undefined) ?? ctx.now.toISOString(),
    endTime: undefined,
    ...fields,
  });
  await saveWorkflowRecord(ctx.tx, WORKFLOW_EXECUTION, ctx, w.id, resource);
}

function workflowOf(ctx: BuildStepContext, kind: 'build' | 'test'): WorkflowProgress {
  return (
    ctx.progress.workflows[kind] ?? {
      id: newWorkflowExecutionId(),
      workflowBuildVersionArn: workflowArn(ctx, kind),
      planned: PLANNED[kind],
      succeeded: 0,
    }
  );
}

/** Runs and records one step; a StepFailure fails the step and its workflow, and propagates. */
export async function recordStep(
  ctx: BuildStepContext,
  definition: StepDefinition,
  body: (auth: StepAuthorizer) => Promise<ApiObject | void>,
): Promise<void> {
  const w = workflowOf(ctx, definition.workflow);
  const id = newStepExecutionId();
  const order = ctx.progress.steps + 1;
  const base = {
    stepExecutionId: id,
    workflowBuildVersionArn: w.workflowBuildVersionArn,
    workflowExecutionId: w.id,
    imageBuildVersionArn: ctx.imageArn,
    name: definition.name,
    description: definition.description,
    action: definition.action,
    startTime: ctx.now.toISOString(),
    order,
  };
  ctx.update({ steps: order, workflows: { ...ctx.progress.workflows, [definition.workflow]: w } });
  try {
    const outputs = await body(ctx.authorizer(id));
    const done = { ...w, succeeded: w.succeeded + 1 };
    ctx.update({ workflows: { ...ctx.progress.workflows, [definition.workflow]: done } });
    await saveWorkflowRecord(ctx.tx, WORKFLOW_STEP_EXECUTION, ctx, id, {
      ...base,
      status: 'COMPLETED',
      inputs: '{}',
      outputs: JSON.stringify(outputs ?? {}),
      endTime: ctx.now.toISOString(),
    });
    const finished = done.succeeded >= done.planned;
    await saveWorkflow(
      ctx,
      done,
      finished ? 'COMPLETED' : 'RUNNING',
      finished ? { endTime: ctx.now.toISOString() } : {},
    );
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
    await saveWorkflowRecord(ctx.tx, WORKFLOW_STEP_EXECUTION, ctx, id, {
      ...base,
      status: 'FAILED',
      message: error.reason,
      inputs: '{}',
      outputs: '{}',
      endTime: ctx.now.toISOString(),
    });
    await saveWorkflow(ctx, w, 'FAILED', {
      message: error.reason,
      totalStepsFailed: 1,
      totalStepsSkipped: Math.max(0, w.planned - w.succeeded - 1),
      endTime: ctx.now.toISOString(),
    });
    throw error.step ? error : new StepFailure(error.reason, definition.name, error.refused);
  }
}

/** Marks the build's unfinished workflows CANCELLED or FAILED (a build stopped between steps). */
export async function closeWorkflows(ctx: BuildStepContext, status: 'CANCELLED' | 'FAILED', message: string) {
  for (const kind of ['build', 'test'] as const) {
    const w = ctx.progress.workflows[kind];
    if (!w || w.succeeded >= w.planned) continue;
    const current = await getWorkflowExecution(ctx.tx, ctx.region, ctx.account, w.id);
    if (current?.resource['status'] !== 'RUNNING') continue;
    await saveWorkflow(ctx, w, status, {
      message,
      totalStepsSkipped: w.planned - w.succeeded,
      endTime: ctx.now.toISOString(),
    });
  }
}
