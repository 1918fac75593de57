/** IAM operations on users. */
import type { Operation } from '../../../common/operation.js';
import { attachUserPolicy } from './attach-user-policy.js';
import { createUser } from './create-user.js';
import { deleteUserPermissionsBoundary } from './delete-user-permissions-boundary.js';
import { deleteUserPolicy } from './delete-user-policy.js';
import { deleteUser } from './delete-user.js';
import { detachUserPolicy } from './detach-user-policy.js';
import { getUserPolicy } from './get-user-policy.js';
import { getUser } from './get-user.js';
import { listAttachedUserPolicies } from './list-attached-user-policies.js';
import { listUserPolicies } from './list-user-policies.js';
import { listUserTags } from './list-user-tags.js';
import { listUsers } from './list-users.js';
import { putUserPermissionsBoundary } from './put-user-permissions-boundary.js';
import { putUserPolicy } from './put-user-policy.js';
import { tagUser } from './tag-user.js';
import { untagUser } from './untag-user.js';
import { updateUser } from './update-user.js';

export const usersOperations: readonly Operation[] = [
  createUser,
  getUser,
  listUsers,
  updateUser,
  deleteUser,
  tagUser,
  untagUser,
  listUserTags,
  putUserPermissionsBoundary,
  deleteUserPermissionsBoundary,
  putUserPolicy,
  getUserPolicy,
  deleteUserPolicy,
  listUserPolicies,
  attachUserPolicy,
  detachUserPolicy,
  listAttachedUserPolicies,
];
