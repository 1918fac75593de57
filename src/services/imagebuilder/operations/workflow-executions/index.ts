/** Image Builder operations on workflow-executions. */
import type { Operation } from '../../../common/operation.js';

export const workflowExecutionsOperations: readonly Operation[] = [];
