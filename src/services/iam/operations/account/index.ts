/** IAM operations on account. */
import type { Operation } from '../../../common/operation.js';

export const accountOperations: readonly Operation[] = [];
