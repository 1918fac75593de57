/**
 * Looking up an IAM group by name (case-insensitively), its members, its output shape, and the IAM
 * request an operation makes on it: `iam:<Operation>` on the group's ARN (path `/` when the group does
 * not exist, since AWS authorizes before it looks the group up). Groups cannot be tagged, so there are no
 * resource tags. Membership is kept on the users (UserRecord.groups), in the order they joined.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Group.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { GroupRecord, UserRecord } from '../../../store/records.js';
import type { AccessCheck, OperationContext, ResultStruct } from '../../common/operation.js';
import { noSuchEntity } from '../../common/service-error.js';
import { iamArn } from './arns.js';

/** At most 10 groups per user (not adjustable). */
export const MAX_GROUPS_PER_USER = 10;

export const groupNotFound = (name: string) => noSuchEntity(`The group with name ${name} cannot be found.`);

export function findGroup(ctx: OperationContext, name: string): Promise<GroupRecord | undefined> {
  return ctx.tx.get('groups', ctx.caller.accountId, name.toLowerCase());
}

/** The group, or NoSuchEntity. */
export async function requireGroup(ctx: OperationContext, name: string): Promise<GroupRecord> {
  const group = await findGroup(ctx, name);
  if (!group) throw groupNotFound(name);
  return group;
}

export function saveGroup(ctx: OperationContext, group: GroupRecord): Promise<void> {
  return ctx.tx.put('groups', group.accountId, group.name.toLowerCase(), group);
}

/** The request the action makes on the named group. */
export async function groupCheck(
  ctx: OperationContext,
  action: string,
  name: string,
  context: Readonly<Record<string, ContextValue>> = {},
): Promise<AccessCheck> {
  const group = await findGroup(ctx, name);
  return { action, resource: group?.arn ?? iamArn(ctx.caller.accountId, 'group', '/', name), context };
}

/** Whether the user's membership list names the group (names compare case-insensitively). */
export const isMember = (user: UserRecord, groupName: string): boolean =>
  user.groups.some((g) => g.toLowerCase() === groupName.toLowerCase());

/** The users of the account that belong to the group, in user-name order. */
export async function groupMembers(ctx: OperationContext, groupName: string): Promise<UserRecord[]> {
  const users = await ctx.tx.list('users', ctx.caller.accountId);
  return users.filter((u) => isMember(u, groupName));
}

export function groupShape(group: GroupRecord): ResultStruct {
  return {
    Path: group.path,
    GroupName: group.name,
    GroupId: group.id,
    Arn: group.arn,
    CreateDate: new Date(group.createDate),
  };
}
