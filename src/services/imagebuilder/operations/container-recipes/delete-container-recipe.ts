/**
 * DeleteContainerRecipe: deletes a container recipe version; while an image pipeline or an image uses
 * it the answer is ResourceDependencyException. Authorized as imagebuilder:DeleteContainerRecipe on the
 * recipe ARN, with its tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DeleteContainerRecipe.html
 */
import { CONTAINER_RECIPE, deleteRecipeOperation } from '../../common/recipe-operations.js';

export const deleteContainerRecipe = deleteRecipeOperation(CONTAINER_RECIPE);
