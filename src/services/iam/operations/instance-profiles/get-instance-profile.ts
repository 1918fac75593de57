/**
 * GetInstanceProfile: the instance profile with the role it holds (if any) and its tags.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { instanceProfileCheck, requireInstanceProfile } from '../../common/instance-profile-access.js';
import { instanceProfileShape } from '../../common/instance-profile-shape.js';
import { INSTANCE_PROFILE_NAME } from '../../common/rules.js';

export const getInstanceProfile = defineOperation({
  name: 'GetInstanceProfile',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = { instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME) };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await instanceProfileCheck(ctx, 'iam:GetInstanceProfile', input.instanceProfileName)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    return { InstanceProfile: await instanceProfileShape(ctx.tx, profile) };
  },
});
