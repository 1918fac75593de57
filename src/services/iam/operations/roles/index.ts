/** IAM operations on roles. */
import type { Operation } from '../../../common/operation.js';
import { attachRolePolicy } from './attach-role-policy.js';
import { createRole } from './create-role.js';
import { deleteRolePermissionsBoundary } from './delete-role-permissions-boundary.js';
import { deleteRolePolicy } from './delete-role-policy.js';
import { deleteRole } from './delete-role.js';
import { detachRolePolicy } from './detach-role-policy.js';
import { getRolePolicy } from './get-role-policy.js';
import { getRole } from './get-role.js';
import { listAttachedRolePolicies } from './list-attached-role-policies.js';
import { listRolePolicies } from './list-role-policies.js';
import { listRoleTags } from './list-role-tags.js';
import { listRoles } from './list-roles.js';
import { putRolePermissionsBoundary } from './put-role-permissions-boundary.js';
import { putRolePolicy } from './put-role-policy.js';
import { tagRole } from './tag-role.js';
import { untagRole } from './untag-role.js';
import { updateAssumeRolePolicy } from './update-assume-role-policy.js';
import { updateRoleDescription } from './update-role-description.js';
import { updateRole } from './update-role.js';

export const rolesOperations: readonly Operation[] = [
  createRole,
  getRole,
  listRoles,
  updateRole,
  updateRoleDescription,
  updateAssumeRolePolicy,
  deleteRole,
  tagRole,
  untagRole,
  listRoleTags,
  putRolePermissionsBoundary,
  deleteRolePermissionsBoundary,
  putRolePolicy,
  getRolePolicy,
  deleteRolePolicy,
  listRolePolicies,
  attachRolePolicy,
  detachRolePolicy,
  listAttachedRolePolicies,
];
