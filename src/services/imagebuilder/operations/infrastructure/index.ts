/** Image Builder operations on infrastructure. */
import type { Operation } from '../../../common/operation.js';

export const infrastructureOperations: readonly Operation[] = [];
