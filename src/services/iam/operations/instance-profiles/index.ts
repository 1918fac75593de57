/** IAM operations on instance profiles. */
import type { Operation } from '../../../common/operation.js';
import { addRoleToInstanceProfile } from './add-role-to-instance-profile.js';
import { createInstanceProfile } from './create-instance-profile.js';
import { deleteInstanceProfile } from './delete-instance-profile.js';
import { getInstanceProfile } from './get-instance-profile.js';
import { listInstanceProfileTags } from './list-instance-profile-tags.js';
import { listInstanceProfilesForRole } from './list-instance-profiles-for-role.js';
import { listInstanceProfiles } from './list-instance-profiles.js';
import { removeRoleFromInstanceProfile } from './remove-role-from-instance-profile.js';
import { tagInstanceProfile } from './tag-instance-profile.js';
import { untagInstanceProfile } from './untag-instance-profile.js';

export const instanceProfilesOperations: readonly Operation[] = [
  createInstanceProfile,
  getInstanceProfile,
  listInstanceProfiles,
  deleteInstanceProfile,
  addRoleToInstanceProfile,
  removeRoleFromInstanceProfile,
  listInstanceProfilesForRole,
  tagInstanceProfile,
  untagInstanceProfile,
  listInstanceProfileTags,
];
