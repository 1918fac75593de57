/**
 * GetImageRecipe: an image recipe by its version ARN; another account's recipe is readable when its
 * resource policy (PutImageRecipePolicy) shares it and the caller's policies allow
 * imagebuilder:GetImageRecipe. Unknown recipes are ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipe.html
 */
import { getRecipeOperation, IMAGE_RECIPE } from '../../common/recipe-operations.js';

export const getImageRecipe = getRecipeOperation(IMAGE_RECIPE);
