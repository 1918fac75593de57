/**
 * CreateGroup: a new IAM group with an optional path. Names are unique per account case-insensitively
 * (EntityAlreadyExists); an account holds at most 300 groups by default.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities
 */
import { InputReader } from '../../../common/input.js';
import { uniqueId } from '../../../common/ids.js';
import { defineOperation } from '../../../common/operation.js';
import { entityAlreadyExists, limitExceeded } from '../../../common/service-error.js';
import type { GroupRecord } from '../../../../store/records.js';
import { iamArn } from '../../common/arns.js';
import { findGroup, groupShape, saveGroup } from '../../common/group-access.js';
import { GROUP_NAME, PATH } from '../../common/rules.js';

export const MAX_GROUPS_PER_ACCOUNT = 300;

export const createGroup = defineOperation({
  name: 'CreateGroup',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      path: reader.optionalString('Path', PATH) ?? '/',
    };
    reader.done();
    return input;
  },
  access: (input, ctx) => [
    {
      action: 'iam:CreateGroup',
      resource: iamArn(ctx.caller.accountId, 'group', input.path, input.groupName),
    },
  ],
  async run(input, ctx) {
    const account = ctx.caller.accountId;
    if (await findGroup(ctx, input.groupName)) {
      throw entityAlreadyExists(`Group with name ${input.groupName} already exists.`);
    }
    if ((await ctx.tx.list('groups', account)).length >= MAX_GROUPS_PER_ACCOUNT) {
      throw limitExceeded(`Cannot exceed quota for GroupsPerAccount: ${MAX_GROUPS_PER_ACCOUNT}`);
    }
    const group: GroupRecord = {
      accountId: account,
      name: input.groupName,
      id: uniqueId('AGPA'),
      path: input.path,
      arn: iamArn(account, 'group', input.path, input.groupName),
      createDate: ctx.now.toISOString(),
      attachedPolicies: [],
      inlinePolicies: [],
    };
    await saveGroup(ctx, group);
    return { Group: groupShape(group) };
  },
});
