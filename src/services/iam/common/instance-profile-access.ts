/**
 * Looking up an instance profile by name (case-insensitively) and building the IAM request an operation
 * makes on it: action `iam:<Operation>` on the instance profile's ARN, with its tags as aws:ResourceTag/*.
 * A profile that does not exist is authorized on the ARN with path `/`. Also: which instance profiles
 * hold a role (an instance profile holds at most one).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html
 */
import type { ContextValue } from '../../../policy/condition/types.js';
import type { InstanceProfileRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import type { AccessCheck, OperationContext } from '../../common/operation.js';
import { noSuchEntity } from '../../common/service-error.js';
import { iamArn } from './arns.js';
import { tagRecord } from './shapes.js';

/** AWS's message for a missing instance profile. */
export const instanceProfileNotFound = (name: string) =>
  noSuchEntity(`Instance Profile ${name} cannot be found.`);

export function findInstanceProfile(
  ctx: OperationContext,
  name: string,
): Promise<InstanceProfileRecord | undefined> {
  return ctx.tx.get('instance-profiles', ctx.caller.accountId, name.toLowerCase());
}

/** The instance profile, or NoSuchEntity. */
export async function requireInstanceProfile(
  ctx: OperationContext,
  name: string,
): Promise<InstanceProfileRecord> {
  const profile = await findInstanceProfile(ctx, name);
  if (!profile) throw instanceProfileNotFound(name);
  return profile;
}

/** Stores the instance profile under its (lower-cased) name. */
export function saveInstanceProfile(ctx: OperationContext, profile: InstanceProfileRecord): Promise<void> {
  return ctx.tx.put('instance-profiles', profile.accountId, profile.name.toLowerCase(), profile);
}

/** The request the action makes on the named instance profile. */
export async function instanceProfileCheck(
  ctx: OperationContext,
  action: string,
  name: string,
  context: Readonly<Record<string, ContextValue>> = {},
): Promise<AccessCheck> {
  const profile = await findInstanceProfile(ctx, name);
  return {
    action,
    resource: profile?.arn ?? iamArn(ctx.caller.accountId, 'instance-profile', '/', name),
    context,
    ...(profile && profile.tags.length > 0 ? { resourceTags: tagRecord(profile.tags) } : {}),
  };
}

/** Whether the profile holds the role (role names compare case-insensitively, as IAM names do). */
export const holdsRole = (profile: InstanceProfileRecord, roleName: string): boolean =>
  profile.roleNames.some((name) => name.toLowerCase() === roleName.toLowerCase());

/** The account's instance profiles that hold the role, ordered by name. */
export async function instanceProfilesWithRole(
  tx: StoreTx,
  account: string,
  roleName: string,
): Promise<InstanceProfileRecord[]> {
  const profiles = await tx.list('instance-profiles', account);
  return profiles.filter((profile) => holdsRole(profile, roleName));
}
