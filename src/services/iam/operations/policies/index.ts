/** IAM operations on policies. */
import type { Operation } from '../../../common/operation.js';

export const policiesOperations: readonly Operation[] = [];
