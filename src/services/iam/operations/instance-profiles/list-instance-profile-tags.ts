/**
 * ListInstanceProfileTags: the tags of an instance profile, paginated.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfileTags.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { instanceProfileCheck, requireInstanceProfile } from '../../common/instance-profile-access.js';
import { paginate, readPageRequest } from '../../common/pagination.js';
import { INSTANCE_PROFILE_NAME } from '../../common/rules.js';

export const listInstanceProfileTags = defineOperation({
  name: 'ListInstanceProfileTags',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME),
      page: readPageRequest(reader),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    return [await instanceProfileCheck(ctx, 'iam:ListInstanceProfileTags', input.instanceProfileName)];
  },
  async run(input, ctx) {
    const profile = await requireInstanceProfile(ctx, input.instanceProfileName);
    return paginate(profile.tags, input.page, 'Tags', (tag) => ({ Key: tag.Key, Value: tag.Value }));
  },
});
