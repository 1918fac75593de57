/** Image Builder operations on container recipes. */
import type { Operation } from '../../../common/operation.js';
import { createContainerRecipe } from './create-container-recipe.js';
import { deleteContainerRecipe } from './delete-container-recipe.js';
import { getContainerRecipe } from './get-container-recipe.js';
import { listContainerRecipes } from './list-container-recipes.js';

export const containerRecipesOperations: readonly Operation[] = [
  createContainerRecipe,
  getContainerRecipe,
  listContainerRecipes,
  deleteContainerRecipe,
];
