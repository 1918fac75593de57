/**
 * Whose access keys an access-key operation manages: the named user, or without UserName the caller's
 * own (an IAM user's keys, or the root user's keys when the root user calls). Callers with temporary
 * credentials must name the user. The IAM request is made on the user's ARN (the SAR's `user` resource
 * type), or on the root user's ARN for the root user's own keys.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccessKeys.html
 */
import type { AccessKeyRecord } from '../../../store/records.js';
import type { AccessCheck, OperationContext, ResultStruct } from '../../common/operation.js';
import { noSuchEntity, ServiceError } from '../../common/service-error.js';
import { requireUser, userCheck } from './user-access.js';

/** Long-term keys per user (and for the root user): 2, active or inactive. */
export const MAX_ACCESS_KEYS = 2;

export type KeyOwner = { readonly kind: 'user'; readonly name: string } | { readonly kind: 'root' };

export const accessKeyNotFound = (id: string) =>
  noSuchEntity(`The Access Key with id ${id} cannot be found.`);

/** The owner named by UserName, or the caller itself. */
export function keyOwnerOf(ctx: OperationContext, userName: string | undefined): KeyOwner {
  if (userName !== undefined) return { kind: 'user', name: userName };
  const caller = ctx.caller;
  if (!caller.session && caller.kind === 'user' && caller.userName) {
    return { kind: 'user', name: caller.userName };
  }
  if (!caller.session && caller.kind === 'root') return { kind: 'root' };
  throw new ServiceError(
    'ValidationError',
    'Must specify userName when calling with non-User credentials',
    400,
  );
}

/** The request the action makes on the owner of the keys. */
export function keyOwnerCheck(ctx: OperationContext, action: string, owner: KeyOwner): Promise<AccessCheck> {
  if (owner.kind === 'root') {
    return Promise.resolve({ action, resource: `arn:aws:iam::${ctx.caller.accountId}:root` });
  }
  return userCheck(ctx, action, owner.name);
}

/** The owner's user name as stored (undefined for the root user); NoSuchEntity for a missing user. */
export async function ownerName(ctx: OperationContext, owner: KeyOwner): Promise<string | undefined> {
  return owner.kind === 'user' ? (await requireUser(ctx, owner.name)).name : undefined;
}

/** The keys of a user (or of the root user, for undefined), in creation order. */
export async function keysOf(
  ctx: OperationContext,
  userName: string | undefined,
): Promise<AccessKeyRecord[]> {
  const keys = await ctx.tx.list('access-keys', ctx.caller.accountId);
  return keys
    .filter((k) => k.userName?.toLowerCase() === userName?.toLowerCase())
    .sort((a, b) => a.createDate.localeCompare(b.createDate));
}

/** The owner's keys in creation order; NoSuchEntity when the named user does not exist. */
export async function ownerKeys(ctx: OperationContext, owner: KeyOwner): Promise<AccessKeyRecord[]> {
  return keysOf(ctx, await ownerName(ctx, owner));
}

/** One of the owner's keys; NoSuchEntity when the owner has no key with that id. */
export async function requireOwnerKey(
  ctx: OperationContext,
  owner: KeyOwner,
  accessKeyId: string,
): Promise<AccessKeyRecord> {
  const key = (await ownerKeys(ctx, owner)).find((k) => k.accessKeyId === accessKeyId);
  if (!key) throw accessKeyNotFound(accessKeyId);
  return key;
}

/** AccessKeyMetadata: never the secret. */
export function accessKeyMetadataShape(key: AccessKeyRecord): ResultStruct {
  return {
    UserName: key.userName,
    AccessKeyId: key.accessKeyId,
    Status: key.status,
    CreateDate: new Date(key.createDate),
  };
}

/** AccessKeyId: `[\w]+`, 16-128 characters. */
export const ACCESS_KEY_ID = { min: 16, max: 128, pattern: /^[\w]+$/ } as const;
