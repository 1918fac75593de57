/** Image Builder operations on recipes. */
import type { Operation } from '../../../common/operation.js';

export const recipesOperations: readonly Operation[] = [];
