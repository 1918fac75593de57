/**
 * RemoveRoleFromInstanceProfile: takes the role out of the instance profile (NoSuchEntity when the
 * profile or the role does not exist, or the profile does not hold the role). Service-linked roles are
 * refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_RemoveRoleFromInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import {
  holdsRole,
  instanceProfileCheck,
  requireInstanceProfile,
  saveInstanceProfile,
} from '../../common/instance-profile-access.js';
import { requireModifiable, requireRole, roleNotFound } from '../../common/role-access.js';
import { INSTANCE_PROFILE_NAME, ROLE_NAME } from '../../common/rules.js';

export const removeRoleFromInstanceProfile = defineOperation({
  name: 'RemoveRoleFromInstanceProfile',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME),
      roleName: reader.string('RoleName', ROLE_NAME),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await instanceProfileCheck(ctx, 'iam:RemoveRoleFromInstanceProfile', input.instanceProfileName)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    if (!holdsRole(profile, role.name)) throw roleNotFound(input.roleName);
    const roleNames = profile.roleNames.filter((name) => name.toLowerCase() !== role.name.toLowerCase());
    await saveInstanceProfile(ctx, { ...profile, roleNames });
    return undefined;
  },
});
