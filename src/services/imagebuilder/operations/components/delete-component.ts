/**
 * DeleteComponent: deletes one component build version. While an image or container recipe still uses
 * it (by its build ARN, or by a version or wildcard ARN that resolves to it) the answer is
 * ResourceDependencyException. Authorized as imagebuilder:DeleteComponent on the build version ARN, with
 * the component's tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteComponent.html
 */
import { defineOperation } from '../../../common/operation.js';
import { notFound, readArn } from '../../common/component-arn-input.js';
import { JsonReader } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';
import { refuseIfUsed } from '../../common/recipe-dependencies.js';
import { deleteResource, getResource } from '../../common/resources.js';
import { parseImageBuilderArn } from '../../common/arns.js';

const MEMBER = 'componentBuildVersionArn';

export const deleteComponent = defineOperation({
  name: 'DeleteComponent',
  http: { method: 'DELETE', uri: '/DeleteComponent' },
  write: true,
  input: (params) => readArn(new JsonReader(params), MEMBER, 'ComponentBuildVersionArn'),
  async access(arn, ctx) {
    const stored = await getResource(ctx.tx, 'component', parseImageBuilderArn(arn)!.account, arn);
    return [resourceCheck('imagebuilder:DeleteComponent', arn, stored, ctx.caller.accountId)];
  },
  async run(arn, ctx) {
    const account = parseImageBuilderArn(arn)!.account;
    if (!(await getResource(ctx.tx, 'component', account, arn))) throw notFound(arn);
    await refuseIfUsed(ctx.tx, arn);
    await deleteResource(ctx.tx, 'component', account, arn);
    return { requestId: ctx.requestId, componentBuildVersionArn: arn };
  },
});
