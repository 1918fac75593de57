/**
 * DeleteInstanceProfile: deletes an instance profile that holds no role (DeleteConflict otherwise).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { deleteConflict } from '../../../common/service-error.js';
import { instanceProfileCheck, requireInstanceProfile } from '../../common/instance-profile-access.js';
import { INSTANCE_PROFILE_NAME } from '../../common/rules.js';

export const deleteInstanceProfile = defineOperation({
  name: 'DeleteInstanceProfile',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = { instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await instanceProfileCheck(ctx, 'iam:DeleteInstanceProfile', input.instanceProfileName)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    if (profile.roleNames.length > 0) {
      throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
    }
    await ctx.tx.delete('instance-profiles', profile.accountId, profile.name.toLowerCase());
    return undefined;
  },
});
