/**
 * UntagInstanceProfile: removes the tags with the given keys (case-insensitively) from an instance
 * profile; keys it does not have are ignored.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UntagInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import {
  instanceProfileCheck,
  requireInstanceProfile,
  saveInstanceProfile,
} from '../../common/instance-profile-access.js';
import { requiredTagKeys } from '../../common/role-input.js';
import { INSTANCE_PROFILE_NAME } from '../../common/rules.js';
import { removeTags } from '../../common/tagging.js';

export const untagInstanceProfile = defineOperation({
  name: 'UntagInstanceProfile',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME),
      tagKeys: requiredTagKeys(reader),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const context = { 'aws:TagKeys': input.tagKeys };
    return [await instanceProfileCheck(ctx, 'iam:UntagInstanceProfile', input.instanceProfileName, context)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    await saveInstanceProfile(ctx, { ...profile, tags: removeTags(profile.tags, input.tagKeys) });
    return undefined;
  },
});
