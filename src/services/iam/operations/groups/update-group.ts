/**
 * UpdateGroup: renames a group (NewGroupName) and/or moves it to another path (NewPath). The caller
 * needs iam:UpdateGroup on both the current and the new ARN. The group keeps its id and policies, and
 * its users' membership lists follow the new name. A name already taken is EntityAlreadyExists.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateGroup.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { entityAlreadyExists } from '../../../common/service-error.js';
import { iamArn } from '../../common/arns.js';
import { findGroup, groupCheck, groupMembers, requireGroup, saveGroup } from '../../common/group-access.js';
import { GROUP_NAME, PATH } from '../../common/rules.js';
import { saveUser } from '../../common/user-access.js';

export const updateGroup = defineOperation({
  name: 'UpdateGroup',
  write: true,
  input(params) {
    const reader = new InputReader(params);
    const input = {
      groupName: reader.string('GroupName', GROUP_NAME),
      newPath: reader.optionalString('NewPath', PATH),
      newGroupName: reader.optionalString('NewGroupName', GROUP_NAME),
    };
    reader.done();
    return input;
  },
  async access(input, ctx) {
    const group = await findGroup(ctx, input.groupName);
    const current = await groupCheck(ctx, 'iam:UpdateGroup', input.groupName);
    const path = input.newPath ?? group?.path ?? '/';
    const name = input.newGroupName ?? group?.name ?? input.groupName;
    const target = iamArn(ctx.caller.accountId, 'group', path, name);
    return target === current.resource ? [current] : [current, { ...current, resource: target }];
  },
  async run(input, ctx) {
    const group = await requireGroup(ctx, input.groupName);
    const account = ctx.caller.accountId;
    const name = input.newGroupName ?? group.name;
    const path = input.newPath ?? group.path;
    const oldKey = group.name.toLowerCase();
    if (name.toLowerCase() !== oldKey && (await findGroup(ctx, name))) {
      throw entityAlreadyExists(`Group with name ${name} already exists.`);
    }
    if (name !== group.name) {
      for (const user of await groupMembers(ctx, group.name)) {
        const groups = user.groups.map((g) => (g.toLowerCase() === oldKey ? name : g));
        await saveUser(ctx, { ...user, groups });
      }
    }
    if (name.toLowerCase() !== oldKey) await ctx.tx.delete('groups', account, oldKey);
    await saveGroup(ctx, { ...group, name, path, arn: iamArn(account, 'group', path, name) });
    return undefined;
  },
});
