/**
 * DeleteImageRecipe: deletes an image recipe version; while an image pipeline or an image uses it the
 * answer is ResourceDependencyException ("Resource dependency error: The resource ARN '...' has other
 * resources depended on it."). Authorized as imagebuilder:DeleteImageRecipe on the recipe ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteImageRecipe.html
 */
import { deleteRecipeOperation, IMAGE_RECIPE } from '../../common/recipe-operations.js';

export const deleteImageRecipe = deleteRecipeOperation(IMAGE_RECIPE);
