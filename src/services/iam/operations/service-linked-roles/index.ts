/** IAM operations on service-linked-roles. */
import type { Operation } from '../../../common/operation.js';

export const serviceLinkedRolesOperations: readonly Operation[] = [];
