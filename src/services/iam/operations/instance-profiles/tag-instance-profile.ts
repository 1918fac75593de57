/**
 * TagInstanceProfile: adds tags to an instance profile, replacing the value of a key it already has
 * (keys compare case-insensitively); at most 50 tags, `aws:` keys reserved.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import {
  instanceProfileCheck,
  requireInstanceProfile,
  saveInstanceProfile,
} from '../../common/instance-profile-access.js';
import { requiredTags } from '../../common/role-input.js';
import { INSTANCE_PROFILE_NAME } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { mergeTags } from '../../common/tagging.js';

export const tagInstanceProfile = defineOperation({
  name: 'TagInstanceProfile',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME),
      tags: requiredTags(reader),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const context = requestTagContext(input.tags);
    return [await instanceProfileCheck(ctx, 'iam:TagInstanceProfile', input.instanceProfileName, context)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    await saveInstanceProfile(ctx, { ...profile, tags: mergeTags(profile.tags, input.tags) });
    return undefined;
  },
});
