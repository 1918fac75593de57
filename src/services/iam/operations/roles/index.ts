/** IAM operations on roles. */
import type { Operation } from '../../../common/operation.js';

export const rolesOperations: readonly Operation[] = [];
