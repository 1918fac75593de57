/** Image Builder operations on workflows. */
import type { Operation } from '../../../common/operation.js';

export const workflowsOperations: readonly Operation[] = [];
