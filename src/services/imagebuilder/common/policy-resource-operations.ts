/**
 * Put*Policy and Get*Policy for the four shareable resource types (components and images by build
 * version ARN, image and container recipes by version ARN). Put checks the policy as an Image Builder
 * sharing policy (policy-document.ts) and stores it in the resource's envelope, where every Get* and
 * recipe creation of another account finds it; Get answers it, or ResourceNotFoundException when the
 * resource has none. Authorized as imagebuilder:Put*Policy / imagebuilder:Get*Policy on the ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutComponentPolicy.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponentPolicy.html
 */
import { defineOperation } from '../../common/operation.js';
import { parseImageBuilderArn } from './arns.js';
import { notFound, readArn, type ArnShape } from './component-arn-input.js';
import { resourceNotFound } from './errors.js';
import { JsonReader } from './input.js';
import { resourceCheck } from './policy-access.js';
import { checkSharingPolicy, type SharedResourceKind } from './policy-document.js';
import { getResource, putResource } from './resources.js';

export interface PolicyTarget {
  readonly noun: 'Component' | 'Image' | 'ImageRecipe' | 'ContainerRecipe';
  readonly type: 'component' | 'image' | 'image-recipe' | 'container-recipe';
  readonly member: 'componentArn' | 'imageArn' | 'imageRecipeArn' | 'containerRecipeArn';
  readonly shape: ArnShape;
  readonly kind: SharedResourceKind;
}

export const COMPONENT_POLICY: PolicyTarget = {
  noun: 'Component',
  type: 'component',
  member: 'componentArn',
  shape: 'ComponentBuildVersionArn',
  kind: 'component',
};
export const IMAGE_POLICY: PolicyTarget = {
  noun: 'Image',
  type: 'image',
  member: 'imageArn',
  shape: 'ImageBuildVersionArn',
  kind: 'image',
};
export const IMAGE_RECIPE_POLICY: PolicyTarget = {
  noun: 'ImageRecipe',
  type: 'image-recipe',
  member: 'imageRecipeArn',
  shape: 'ImageRecipeArn',
  kind: 'image recipe',
};
export const CONTAINER_RECIPE_POLICY: PolicyTarget = {
  noun: 'ContainerRecipe',
  type: 'container-recipe',
  member: 'containerRecipeArn',
  shape: 'ContainerRecipeArn',
  kind: 'container recipe',
};

const lookup = (target: PolicyTarget, arn: string, tx: Parameters<typeof getResource>[0]) =>
  getResource(tx, target.type, parseImageBuilderArn(arn)!.account, arn);

export function putPolicyOperation(target: PolicyTarget) {
  const action = `imagebuilder:Put${target.noun}Policy`;
  return defineOperation({
    name: `Put${target.noun}Policy`,
    http: { method: 'PUT', uri: `/Put${target.noun}Policy` },
    write: true,
    input(params) {
      const reader = new JsonReader(params);
      const arn = readArn(reader, target.member, target.shape);
      const policy = reader.string('policy');
      checkSharingPolicy(policy, target.kind, arn);
      return { arn, policy };
    },
    async access({ arn }, ctx) {
      return [resourceCheck(action, arn, await lookup(target, arn, ctx.tx), ctx.caller.accountId)];
    },
    async run({ arn, policy }, ctx) {
      const stored = await lookup(target, arn, ctx.tx);
      if (!stored) throw notFound(arn);
      await putResource(ctx.tx, { ...stored, policy });
      return { requestId: ctx.requestId, [target.member]: arn };
    },
  });
}

export function getPolicyOperation(target: PolicyTarget) {
  const action = `imagebuilder:Get${target.noun}Policy`;
  return defineOperation({
    name: `Get${target.noun}Policy`,
    http: { method: 'GET', uri: `/Get${target.noun}Policy` },
    write: false,
    input: (params) => readArn(new JsonReader(params), target.member, target.shape),
    async access(arn, ctx) {
      return [resourceCheck(action, arn, await lookup(target, arn, ctx.tx), ctx.caller.accountId)];
    },
    async run(arn, ctx) {
      const stored = await lookup(target, arn, ctx.tx);
      if (!stored) throw notFound(arn);
      if (!stored.policy) throw resourceNotFound(`The resource ${arn} has no resource policy.`);
      return { requestId: ctx.requestId, policy: stored.policy };
    },
  });
}
