/**
 * AddRoleToInstanceProfile: puts a role in an instance profile. An instance profile holds at most one
 * role, a quota that cannot be raised: adding a role to a profile that already holds one (even the same
 * role) is LimitExceeded "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1". The caller also
 * needs iam:PassRole on the role; the request is authorized as a pass to EC2 instances (iam:PassedToService
 * ec2.amazonaws.com, iam:AssociatedResourceArn `arn:aws:ec2:*:ACCOUNT:instance/*`, the value the API
 * reference says this operation uses). Service-linked roles are refused with UnmodifiableEntity.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { limitExceeded } from '../../../common/service-error.js';
import {
  instanceProfileCheck,
  requireInstanceProfile,
  saveInstanceProfile,
} from '../../common/instance-profile-access.js';
import { findRole, requireModifiable, requireRole, roleAccessCheck } from '../../common/role-access.js';
import { INSTANCE_PROFILE_NAME, ROLE_NAME } from '../../common/rules.js';

export const MAX_ROLES_PER_INSTANCE_PROFILE = 1;

export const addRoleToInstanceProfile = defineOperation({
  name: 'AddRoleToInstanceProfile',
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
    const account = ctx.caller.accountId;
    const role = await findRole(ctx, input.roleName);
    const passRole = roleAccessCheck(account, 'iam:PassRole', input.roleName, role, {
      context: {
        'iam:PassedToService': 'ec2.amazonaws.com',
        'iam:AssociatedResourceArn': `arn:aws:ec2:*:${account}:instance/*`,
      },
    });
    return [
      await instanceProfileCheck(ctx, 'iam:AddRoleToInstanceProfile', input.instanceProfileName),
      passRole,
    ];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    const role = await requireRole(ctx, input.roleName);
    requireModifiable(role);
    if (profile.roleNames.length >= MAX_ROLES_PER_INSTANCE_PROFILE) {
      throw limitExceeded(
        `Cannot exceed quota for InstanceSessionsPerInstanceProfile: ${MAX_ROLES_PER_INSTANCE_PROFILE}`,
      );
    }
    await saveInstanceProfile(ctx, { ...profile, roleNames: [...profile.roleNames, role.name] });
    return undefined;
  },
});
