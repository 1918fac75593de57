/** Image Builder operations on imports. */
import type { Operation } from '../../../common/operation.js';

export const importsOperations: readonly Operation[] = [];
