/**
 * GetComponent: a component build version, named by its build version ARN or by a version ARN whose
 * nodes may be `x` wildcards (the newest matching build). Components of other accounts are readable when
 * their resource policy shares them with the caller and the caller's own policies allow
 * imagebuilder:GetComponent. Unknown components are ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponent.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { notFound, readArn } from '../../common/component-arn-input.js';
import type { ComponentShape } from '../../common/component-shapes.js';
import { latestVersionReferences, resolveVersioned } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { resourceCheck } from '../../common/policy-access.js';
import type { OperationContext } from '../../../common/operation.js';

const MEMBER = 'componentBuildVersionArn';

export const resolveComponent = (ctx: OperationContext, arn: string) =>
  resolveVersioned<ComponentShape>(ctx.tx, parseImageBuilderArn(arn)!, 'component');

export const getComponent = defineOperation({
  name: 'GetComponent',
  http: { method: 'GET', uri: '/GetComponent' },
  write: false,
  input: (params) => readArn(new JsonReader(params), MEMBER, 'ComponentVersionArnOrBuildVersionArn'),
  async access(arn, ctx) {
    const stored = await resolveComponent(ctx, arn);
    return [resourceCheck('imagebuilder:GetComponent', arn, stored, ctx.caller.accountId)];
  },
  async run(arn, ctx) {
    const stored = await resolveComponent(ctx, arn);
    if (!stored) throw notFound(arn);
    return {
      requestId: ctx.requestId,
      component: stored.resource,
      latestVersionReferences: latestVersionReferences(stored.arn),
    };
  },
});
