/**
 * Workflow executions and step executions are addressed by id (`wf-UUID`, `step-UUID`) in the caller's
 * account and Region, and authorized on their ARNs (workflow-execution/ID, workflow-step-execution/ID:
 * resource types without tag condition keys). An id the account does not have is
 * ResourceNotFoundException.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-resources-for-iam-policies
 */
import type { OperationContext } from '../../../common/operation.js';
import {
  getStepExecution,
  getWorkflowExecution,
  stepExecutionArn,
  workflowExecutionArn,
} from '../../common/build-workflow-records.js';
import { resourceNotFound } from '../../common/errors.js';

export const workflowArnOf = (ctx: OperationContext, id: string) =>
  workflowExecutionArn(ctx.region, ctx.caller.accountId, id);
export const stepArnOf = (ctx: OperationContext, id: string) =>
  stepExecutionArn(ctx.region, ctx.caller.accountId, id);

export async function requireWorkflowExecution(ctx: OperationContext, id: string) {
  const stored = await getWorkflowExecution(ctx.tx, ctx.region, ctx.caller.accountId, id);
  if (!stored) throw resourceNotFound(`The workflow execution '${id}' does not exist.`);
  return stored;
}

export async function requireStepExecution(ctx: OperationContext, id: string) {
  const stored = await getStepExecution(ctx.tx, ctx.region, ctx.caller.accountId, id);
  if (!stored) throw resourceNotFound(`The workflow step execution '${id}' does not exist.`);
  return stored;
}
