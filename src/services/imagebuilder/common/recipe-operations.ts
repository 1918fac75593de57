/**
 * Get* and Delete* for image and container recipes, which differ only in names: a recipe is named by
 * its version ARN (no build number, no wildcards); Get* reads another account's recipe when its
 * resource policy shares it with the caller; Delete* refuses while an image pipeline or an image uses
 * the recipe (ResourceDependencyException). Unknown recipes are ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipe.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImageRecipe.html
 */
import { defineOperation } from '../../common/operation.js';
import { parseImageBuilderArn } from './arns.js';
import { notFound, readArn } from './component-arn-input.js';
import { latestVersionReferences } from './component-versioning.js';
import { JsonReader } from './input.js';
import { resourceCheck } from './policy-access.js';
import { refuseIfUsed } from './recipe-dependencies.js';
import { deleteResource, getResource } from './resources.js';

export interface RecipeKind {
  readonly type: 'image-recipe' | 'container-recipe';
  /** `ImageRecipe` or `ContainerRecipe`: the operation names and the answer's member. */
  readonly noun: 'ImageRecipe' | 'ContainerRecipe';
  readonly member: 'imageRecipeArn' | 'containerRecipeArn';
}

const lower = (noun: string) => noun.charAt(0).toLowerCase() + noun.slice(1);

const lookup = (kind: RecipeKind, arn: string, tx: Parameters<typeof getResource>[0]) =>
  getResource(tx, kind.type, parseImageBuilderArn(arn)!.account, arn);

export function getRecipeOperation(kind: RecipeKind) {
  return defineOperation({
    name: `Get${kind.noun}`,
    http: { method: 'GET', uri: `/Get${kind.noun}` },
    write: false,
    input: (params) => readArn(new JsonReader(params), kind.member, `${kind.noun}Arn`),
    async access(arn, ctx) {
      const stored = await lookup(kind, arn, ctx.tx);
      return [resourceCheck(`imagebuilder:Get${kind.noun}`, arn, stored, ctx.caller.accountId)];
    },
    async run(arn, ctx) {
      const stored = await lookup(kind, arn, ctx.tx);
      if (!stored) throw notFound(arn);
      return {
        requestId: ctx.requestId,
        [lower(kind.noun)]: stored.resource as Record<string, never>,
        latestVersionReferences: latestVersionReferences(arn),
      };
    },
  });
}

export function deleteRecipeOperation(kind: RecipeKind) {
  return defineOperation({
    name: `Delete${kind.noun}`,
    http: { method: 'DELETE', uri: `/Delete${kind.noun}` },
    write: true,
    input: (params) => readArn(new JsonReader(params), kind.member, `${kind.noun}Arn`),
    async access(arn, ctx) {
      const stored = await lookup(kind, arn, ctx.tx);
      return [resourceCheck(`imagebuilder:Delete${kind.noun}`, arn, stored, ctx.caller.accountId)];
    },
    async run(arn, ctx) {
      if (!(await lookup(kind, arn, ctx.tx))) throw notFound(arn);
      await refuseIfUsed(ctx.tx, arn);
      await deleteResource(ctx.tx, kind.type, parseImageBuilderArn(arn)!.account, arn);
      return { requestId: ctx.requestId, [kind.member]: arn };
    },
  });
}

export const IMAGE_RECIPE: RecipeKind = {
  type: 'image-recipe',
  noun: 'ImageRecipe',
  member: 'imageRecipeArn',
};
export const CONTAINER_RECIPE: RecipeKind = {
  type: 'container-recipe',
  noun: 'ContainerRecipe',
  member: 'containerRecipeArn',
};
