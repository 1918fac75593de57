/** Image Builder operations on distribution. */
import type { Operation } from '../../../common/operation.js';

export const distributionOperations: readonly Operation[] = [];
