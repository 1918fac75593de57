/**
 * GetWorkflow: a workflow build version, named by its build version ARN or by a version ARN whose nodes
 * may be `x` wildcards (the newest matching build). Unknown workflows are ResourceNotFoundException.
 * Authorized as imagebuilder:GetWorkflow on the ARN, with the workflow's tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetWorkflow.html
 */
import { defineOperation, type OperationContext } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { notFound, readArn } from '../../common/component-arn-input.js';
import { latestVersionReferences, resolveVersioned } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';
import type { WorkflowShape } from '../../common/workflow-shapes.js';

const resolve = (ctx: OperationContext, arn: string) =>
  resolveVersioned<WorkflowShape>(ctx.tx, parseImageBuilderArn(arn)!);

export const getWorkflow = defineOperation({
  name: 'GetWorkflow',
  http: { method: 'GET', uri: '/GetWorkflow' },
  write: false,
  input: (params) =>
    readArn(new JsonReader(params), 'workflowBuildVersionArn', 'WorkflowVersionArnOrBuildVersionArn'),
  async access(arn, ctx) {
    const stored = await resolve(ctx, arn);
    return [resourceCheck('imagebuilder:GetWorkflow', arn, stored, ctx.caller.accountId)];
  },
  async run(arn, ctx) {
    const stored = await resolve(ctx, arn);
    if (!stored) throw notFound(arn);
    return { workflow: stored.resource, latestVersionReferences: latestVersionReferences(stored.arn) };
  },
});
