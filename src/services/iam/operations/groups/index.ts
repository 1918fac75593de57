/** IAM operations on groups. */
import type { Operation } from '../../../common/operation.js';

export const groupsOperations: readonly Operation[] = [];
