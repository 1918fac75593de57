/**
 * DeleteWorkflow: deletes one workflow build version; while an image pipeline still uses it
 * (`workflows[].workflowArn`) the answer is ResourceDependencyException. Authorized as
 * imagebuilder:DeleteWorkflow on the build version ARN, with the workflow's tags.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteWorkflow.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { notFound, readArn } from '../../common/component-arn-input.js';
import { JsonReader } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';
import { refuseIfUsed } from '../../common/recipe-dependencies.js';
import { deleteResource, getResource } from '../../common/resources.js';

const lookup = (arn: string) => parseImageBuilderArn(arn)!;

export const deleteWorkflow = defineOperation({
  name: 'DeleteWorkflow',
  http: { method: 'DELETE', uri: '/DeleteWorkflow' },
  write: true,
  input: (params) => readArn(new JsonReader(params), 'workflowBuildVersionArn', 'WorkflowBuildVersionArn'),
  async access(arn, ctx) {
    const { type, account } = lookup(arn);
    const stored = await getResource(ctx.tx, type, account, arn);
    return [resourceCheck('imagebuilder:DeleteWorkflow', arn, stored, ctx.caller.accountId)];
  },
  async run(arn, ctx) {
    const { type, account } = lookup(arn);
    if (!(await getResource(ctx.tx, type, account, arn))) throw notFound(arn);
    await refuseIfUsed(ctx.tx, arn);
    await deleteResource(ctx.tx, type, account, arn);
    return { workflowBuildVersionArn: arn };
  },
});
