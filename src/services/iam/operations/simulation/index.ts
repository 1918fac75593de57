/** IAM operations on simulation. */
import type { Operation } from '../../../common/operation.js';

export const simulationOperations: readonly Operation[] = [];
