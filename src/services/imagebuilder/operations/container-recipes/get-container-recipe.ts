/**
 * GetContainerRecipe: a container recipe by its version ARN; another account's recipe is readable when
 * its resource policy (PutContainerRecipePolicy) shares it and the caller's policies allow
 * imagebuilder:GetContainerRecipe. Unknown recipes are ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetContainerRecipe.html
 */
import { CONTAINER_RECIPE, getRecipeOperation } from '../../common/recipe-operations.js';

export const getContainerRecipe = getRecipeOperation(CONTAINER_RECIPE);
