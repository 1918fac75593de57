/** Image Builder operations on tags. */
import type { Operation } from '../../../common/operation.js';

export const tagsOperations: readonly Operation[] = [];
