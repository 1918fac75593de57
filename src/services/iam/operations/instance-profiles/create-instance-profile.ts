/**
 * CreateInstanceProfile: a new, empty instance profile with an optional path and tags. Tagging on create
 * also needs iam:TagInstanceProfile.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateInstanceProfile.html
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation, type AccessCheck } from '../../../common/operation.js';
import { entityAlreadyExists } from '../../../common/service-error.js';
import type { InstanceProfileRecord } from '../../../../store/records.js';
import { iamArn } from '../../common/arns.js';
import { findInstanceProfile, saveInstanceProfile } from '../../common/instance-profile-access.js';
import { instanceProfileShape } from '../../common/instance-profile-shape.js';
import { INSTANCE_PROFILE_NAME, PATH } from '../../common/rules.js';
import { requestTagContext } from '../../common/shapes.js';
import { mergeTags } from '../../common/tagging.js';

export const createInstanceProfile = defineOperation({
  name: 'CreateInstanceProfile',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      instanceProfileName: reader.string('InstanceProfileName', INSTANCE_PROFILE_NAME),
      path: reader.optionalString('Path', PATH) ?? '/',
      tags: reader.optionalTags() ?? [],
    };
    reader.done();
    return input;
  },
  access(input, ctx) {
    const arn = iamArn(ctx.caller.accountId, 'instance-profile', input.path, input.instanceProfileName);
    const context = requestTagContext(input.tags);
    const checks: AccessCheck[] = [{ action: 'iam:CreateInstanceProfile', resource: arn, context }];
    if (input.tags.length > 0) checks.push({ action: 'iam:TagInstanceProfile', resource: arn, context });
    return checks;
  },
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    if (await findInstanceProfile(ctx, input.instanceProfileName)) {
      throw entityAlreadyExists(`Instance Profile ${input.instanceProfileName} already exists.`);
    }
    const profile: InstanceProfileRecord = {
      accountId: account,
      name: input.instanceProfileName,
      id: uniqueId('AIPA'),
      path: input.path,
      arn: iamArn(account, 'instance-profile', input.path, input.instanceProfileName),
      createDate: ctx.now.toISOString(),
      roleNames: [],
      tags: mergeTags([], input.tags),
    };
    await saveInstanceProfile(ctx, profile);
    return { InstanceProfile: await instanceProfileShape(ctx.tx, profile) };
  },
});
