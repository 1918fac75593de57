/** IAM operations on service-linked roles. */
import type { Operation } from '../../../common/operation.js';
import { createServiceLinkedRole } from './create-service-linked-role.js';
import { deleteServiceLinkedRole } from './delete-service-linked-role.js';
import { getServiceLinkedRoleDeletionStatus } from './get-service-linked-role-deletion-status.js';

export const serviceLinkedRolesOperations: readonly Operation[] = [
  createServiceLinkedRole,
  deleteServiceLinkedRole,
  getServiceLinkedRoleDeletionStatus,
];
