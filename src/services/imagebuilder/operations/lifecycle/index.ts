/** Image Builder operations on lifecycle. */
import type { Operation } from '../../../common/operation.js';

export const lifecycleOperations: readonly Operation[] = [];
