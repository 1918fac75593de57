/**
 * Looking up an IAM user by name (case-insensitively) and building the IAM request an operation makes on
 * it: action `iam:<Operation>` on the user's ARN, with its tags as aws:ResourceTag/* and, for operations
 * that change its permissions, iam:PermissionsBoundary (the boundary the user has). A user that does not
 * exist is authorized on the ARN with path `/`: AWS authorizes before it looks the user up.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { UserRecord } from '../../../store/records.js';
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { noSuchEntity } from '../../common/service-error.js';
import { iamArn } from './arns.js';
import { tagRecord } from './shapes.js';

/** AWS's message for a missing user (e.g. GetUser, AddUserToGroup). */
export const userNotFound = (name: string) => noSuchEntity(`The user with name ${name} cannot be found.`);

export function findUser(ctx: OperationContext, name: string): Promise<UserRecord | undefined> {
  return ctx.tx.get('users', ctx.caller.accountId, name.toLowerCase());
}

/** The user, or NoSuchEntity. */
export async function requireUser(ctx: OperationContext, name: string): Promise<UserRecord> {
  const user = await findUser(ctx, name);
  if (!user) throw userNotFound(name);
  return user;
}

/** Stores the user under its (lower-cased) name. */
export function saveUser(ctx: OperationContext, user: UserRecord): Promise<void> {
  return ctx.tx.put('users', user.accountId, user.name.toLowerCase(), user);
}

export interface UserCheckOptions {
  /** Request condition keys (aws:RequestTag/*, aws:TagKeys, iam:PolicyARN...). */
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** Adds iam:PermissionsBoundary with the user's current boundary (operations that change permissions). */
  readonly boundaryKey?: boolean;
}

/** The request the action makes on the named user. */
export function userAccessCheck(
  account: string,
  action: string,
  name: string,
  user: UserRecord | undefined,
  options: UserCheckOptions = {},
): AccessCheck {
  const boundary =
    options.boundaryKey && user?.permissionsBoundaryArn
      ? { 'iam:PermissionsBoundary': user.permissionsBoundaryArn }
      : {};
  return {
    action,
    resource: user?.arn ?? iamArn(account, 'user', '/', name),
    context: { ...options.context, ...boundary },
    ...(user && user.tags.length > 0 ? { resourceTags: tagRecord(user.tags) } : {}),
  };
}

/** Reads the user and returns the request the action makes on it. */
export async function userCheck(
  ctx: OperationContext,
  action: string,
  name: string,
  options: UserCheckOptions = {},
): Promise<AccessCheck> {
  return userAccessCheck(ctx.caller.accountId, action, name, await findUser(ctx, name), options);
}
