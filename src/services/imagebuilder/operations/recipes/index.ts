/** Image Builder operations on image recipes. */
import type { Operation } from '../../../common/operation.js';
import { createImageRecipe } from './create-image-recipe.js';
import { deleteImageRecipe } from './delete-image-recipe.js';
import { getImageRecipe } from './get-image-recipe.js';
import { listImageRecipes } from './list-image-recipes.js';

export const recipesOperations: readonly Operation[] = [
  createImageRecipe,
  getImageRecipe,
  listImageRecipes,
  deleteImageRecipe,
];
