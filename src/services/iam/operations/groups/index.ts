/** IAM operations on groups. */
import type { Operation } from '../../../common/operation.js';
import { addUserToGroup } from './add-user-to-group.js';
import { attachGroupPolicy } from './attach-group-policy.js';
import { createGroup } from './create-group.js';
import { deleteGroupPolicy } from './delete-group-policy.js';
import { deleteGroup } from './delete-group.js';
import { detachGroupPolicy } from './detach-group-policy.js';
import { getGroupPolicy } from './get-group-policy.js';
import { getGroup } from './get-group.js';
import { listAttachedGroupPolicies } from './list-attached-group-policies.js';
import { listGroupPolicies } from './list-group-policies.js';
import { listGroupsForUser } from './list-groups-for-user.js';
import { listGroups } from './list-groups.js';
import { putGroupPolicy } from './put-group-policy.js';
import { removeUserFromGroup } from './remove-user-from-group.js';
import { updateGroup } from './update-group.js';

export const groupsOperations: readonly Operation[] = [
  createGroup,
  getGroup,
  listGroups,
  updateGroup,
  deleteGroup,
  addUserToGroup,
  removeUserFromGroup,
  listGroupsForUser,
  putGroupPolicy,
  getGroupPolicy,
  deleteGroupPolicy,
  listGroupPolicies,
  attachGroupPolicy,
  detachGroupPolicy,
  listAttachedGroupPolicies,
];
