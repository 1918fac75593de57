/**
 * The InstanceProfile structure as IAM returns it, members in the API model's order: Path,
 * InstanceProfileName, InstanceProfileId, Arn, CreateDate, Roles (always present, empty when the profile
 * holds no role), Tags. The roles are read from the store when the answer is built, so they show the
 * role as it is now. Listing operations leave out Tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_InstanceProfile.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
 */
import type { InstanceProfileRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import type { ResultStruct } from '../../common/operation.js';
import { roleShape } from './role-shape.js';
import { tagsShape } from './shapes.js';

export async function instanceProfileShape(
  tx: StoreTx,
  profile: InstanceProfileRecord,
  withTags = true,
): Promise<ResultStruct> {
  const roles: ResultStruct[] = [];
  for (const name of profile.roleNames) {
    const role = await tx.get('roles', profile.accountId, name.toLowerCase());
    if (role) roles.push(roleShape(role, 'profile'));
  }
  return {
    Path: profile.path,
    InstanceProfileName: profile.name,
    InstanceProfileId: profile.id,
    Arn: profile.arn,
    CreateDate: new Date(profile.createDate),
    Roles: roles,
    Tags: withTags ? tagsShape(profile.tags) : undefined,
  };
}
