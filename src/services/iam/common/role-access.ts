/**
 * Looking up an IAM role by name (case-insensitively) and building the IAM request an operation makes on
 * it: action `iam:<Operation>` on the role's ARN, with its tags as aws:ResourceTag/* and, for the actions
 * whose Service Authorization Reference entry lists it, iam:PermissionsBoundary (the boundary the role
 * has). A role that does not exist is authorized on the ARN with path `/`: AWS authorizes before it looks
 * the role up. Service-linked roles (path `/aws-service-role/...`) can only be changed by their service.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { RoleRecord } from '../../../store/records.js';
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { noSuchEntity, unmodifiableEntity } from '../../common/service-error.js';
import { iamArn } from './arns.js';
import { tagRecord } from './shapes.js';

/** The path prefix of every service-linked role. */
export const SERVICE_LINKED_ROLE_PATH_PREFIX = '/aws-service-role/';

/** AWS's message for a missing role (GetRole, DeleteRole, ...). */
export const roleNotFound = (name: string) => noSuchEntity(`The role with name ${name} cannot be found.`);

export const isServiceLinkedRole = (role: RoleRecord): boolean =>
  role.path.startsWith(SERVICE_LINKED_ROLE_PATH_PREFIX);

/** UnmodifiableEntity for a service-linked role, with AWS's message. */
export function requireModifiable(role: RoleRecord): void {
  if (isServiceLinkedRole(role)) {
    throw unmodifiableEntity(
      `Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`,
    );
  }
}

export function findRole(ctx: OperationContext, name: string): Promise<RoleRecord | undefined> {
  return ctx.tx.get('roles', ctx.caller.accountId, name.toLowerCase());
}

/** The role, or NoSuchEntity. */
export async function requireRole(ctx: OperationContext, name: string): Promise<RoleRecord> {
  const role = await findRole(ctx, name);
  if (!role) throw roleNotFound(name);
  return role;
}

/** Stores the role under its (lower-cased) name. */
export function saveRole(ctx: OperationContext, role: RoleRecord): Promise<void> {
  return ctx.tx.put('roles', role.accountId, role.name.toLowerCase(), role);
}

export interface RoleCheckOptions {
  /** Request condition keys (aws:RequestTag/*, aws:TagKeys, iam:PolicyARN...). */
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** Adds iam:PermissionsBoundary with the role's current boundary (actions whose SAR entry lists it). */
  readonly boundaryKey?: boolean;
}

/** The request the action makes on the named role. */
export function roleAccessCheck(
  account: string,
  action: string,
  name: string,
  role: RoleRecord | undefined,
  options: RoleCheckOptions = {},
): AccessCheck {
  const boundary =
    options.boundaryKey && role?.permissionsBoundaryArn
      ? { 'iam:PermissionsBoundary': role.permissionsBoundaryArn }
      : {};
  return {
    action,
    resource: role?.arn ?? iamArn(account, 'role', '/', name),
    context: { ...options.context, ...boundary },
    ...(role && role.tags.length > 0 ? { resourceTags: tagRecord(role.tags) } : {}),
  };
}

/** Reads the role and returns the request the action makes on it. */
export async function roleCheck(
  ctx: OperationContext,
  action: string,
  name: string,
  options: RoleCheckOptions = {},
): Promise<AccessCheck> {
  return roleAccessCheck(ctx.caller.accountId, action, name, await findRole(ctx, name), options);
}
