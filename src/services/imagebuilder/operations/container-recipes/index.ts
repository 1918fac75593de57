/** Image Builder operations on container-recipes. */
import type { Operation } from '../../../common/operation.js';

export const containerRecipesOperations: readonly Operation[] = [];
