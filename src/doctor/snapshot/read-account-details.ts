/**
 * Reads the output of `aws iam get-account-authorization-details` (documents decoded, as the AWS CLI
 * prints them) or of the API/SDK (documents URL-encoded) into an AccountSnapshot. The output of
 * `aws iam list-instance-profiles` is read too (in the same file or its own), because the authorization
 * details list an instance profile only through its role: a profile without a role is invisible there.
 * The account id comes from the ARNs inside the file.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
 */
import { readDocument } from './decode-document.js';
import { SnapshotError } from './input-error.js';
import { JsonReader } from './json-reader.js';
import type {
  AccountSnapshot,
  IamGroup,
  IamInstanceProfile,
  IamRole,
  IamUser,
  ManagedPolicy,
  NamedDocument,
} from './types.js';

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies', 'InstanceProfiles'];

/** True when a parsed JSON value looks like account details (used to tell the inputs apart). */
export function looksLikeAccountDetails(value: unknown): boolean {
  return typeof value === 'object' && value !== null && LISTS.some((k) => k in value);
}

function inline(reader: JsonReader, key: string): NamedDocument[] {
  return reader.list(key).map((p) => ({
    name: p.object().string('PolicyName'),
    document: readDocument(p, 'PolicyDocument', true),
  }));
}

function attached(reader: JsonReader): string[] {
  return reader.list('AttachedManagedPolicies').map((p) => p.object().string('PolicyArn'));
}

function entity(reader: JsonReader, nameKey: string, idKey: string) {
  reader.object();
  const id = reader.optString(idKey);
  const createDate = reader.optString('CreateDate');
  return {
    name: reader.string(nameKey),
    ...(id ? { id } : {}),
    path: reader.optString('Path') ?? '/',
    arn: reader.string('Arn'),
    ...(createDate ? { createDate } : {}),
  };
}

function boundary(reader: JsonReader): { boundaryArn?: string } {
  const arn = reader.has('PermissionsBoundary')
    ? reader.child('PermissionsBoundary').object().optString('PermissionsBoundaryArn')
    : undefined;
  return arn ? { boundaryArn: arn } : {};
}

function readProfile(reader: JsonReader): IamInstanceProfile {
  return {
    ...entity(reader, 'InstanceProfileName', 'InstanceProfileId'),
    roles: reader.list('Roles').map((r) => r.object().string('RoleName')),
    tags: reader.tags('Tags'),
  };
}

function readRole(reader: JsonReader, profiles: Map<string, IamInstanceProfile>): IamRole {
  const base = entity(reader, 'RoleName', 'RoleId');
  for (const p of reader.list('InstanceProfileList')) {
    const profile = readProfile(p);
    const known = profiles.get(profile.name.toLowerCase());
    const roles = new Set([...(known?.roles ?? []), ...profile.roles, base.name]);
    profiles.set(profile.name.toLowerCase(), { ...profile, roles: [...roles] });
  }
  const description = reader.optString('Description');
  const maxSessionDuration = reader.optNumber('MaxSessionDuration');
  return {
    ...base,
    trust: readDocument(reader, 'AssumeRolePolicyDocument', true),
    inline: inline(reader, 'RolePolicyList'),
    attached: attached(reader),
    ...boundary(reader),
    ...(description ? { description } : {}),
    ...(maxSessionDuration !== undefined ? { maxSessionDuration } : {}),
    tags: reader.tags('Tags'),
  };
}

function readPolicy(reader: JsonReader): ManagedPolicy {
  const base = entity(reader, 'PolicyName', 'PolicyId');
  const defaultVersionId = reader.optString('DefaultVersionId');
  const versions = reader.list('PolicyVersionList').map((v) => {
    v.object();
    const isDefault = v.child('IsDefaultVersion').value === true;
    return {
      versionId: v.optString('VersionId') ?? '',
      isDefault,
      document: readDocument(v, 'Document', true),
    };
  });
  const chosen = versions.find((v) => v.isDefault) ?? versions.find((v) => v.versionId === defaultVersionId);
  const description = reader.optString('Description');
  return {
    ...base,
    ...(defaultVersionId ? { defaultVersionId } : {}),
    ...(chosen ? { document: chosen.document } : {}),
    versions: versions.map((v) => ({ versionId: v.versionId, document: v.document })),
    ...(description ? { description } : {}),
  };
}

function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

/** The single account the entity ARNs of a snapshot belong to (or the one the caller names). */
function accountOf(file: string, snapshot: Omit<AccountSnapshot, 'accountId'>, given?: string): string {
  const arns = [
    ...snapshot.users.map((e) => e.arn),
    ...snapshot.groups.map((e) => e.arn),
    ...snapshot.roles.map((e) => e.arn),
    ...snapshot.instanceProfiles.map((e) => e.arn),
    ...snapshot.policies.map((e) => e.arn),
  ];
  const accounts = new Set(arns.map(accountOfArn).filter((a): a is string => a !== undefined));
  if (given) {
    for (const a of accounts)
      if (a !== given) throw new SnapshotError(file, `holds ARNs of account ${a}, not ${given}`);
    return given;
  }
  if (accounts.size > 1)
    throw new SnapshotError(file, `mixes the ARNs of accounts ${[...accounts].sort().join(' and ')}`);
  const [only] = accounts;
  if (!only)
    throw new SnapshotError(
      file,
      'holds no ARN to tell its account from: name the account as ACCOUNT_ID=FILE (e.g. 111122223333=details.json)',
    );
  return only;
}

/** Reads one account-details (or list-instance-profiles) file. */
export function readAccountDetails(file: string, value: unknown, accountId?: string): AccountSnapshot {
  const root = new JsonReader(file, value);
  if (!root.isObject() || !looksLikeAccountDetails(value)) {
    throw new SnapshotError(
      file,
      'is not the output of `aws iam get-account-authorization-details` (no UserDetailList, GroupDetailList, RoleDetailList or Policies)',
    );
  }
  if (root.child('IsTruncated').value === true) {
    throw new SnapshotError(
      file,
      'is truncated (IsTruncated is true): it holds only one page; fetch every page (the AWS CLI does unless --max-items is given)',
    );
  }
  const profiles = new Map<string, IamInstanceProfile>();
  for (const p of root.list('InstanceProfiles')) {
    const profile = readProfile(p);
    profiles.set(profile.name.toLowerCase(), profile);
  }
  const users: IamUser[] = root.list('UserDetailList').map((u) => ({
    ...entity(u, 'UserName', 'UserId'),
    inline: inline(u, 'UserPolicyList'),
    attached: attached(u),
    groups: u.strings('GroupList'),
    ...boundary(u),
    tags: u.tags('Tags'),
  }));
  const groups: IamGroup[] = root.list('GroupDetailList').map((g) => ({
    ...entity(g, 'GroupName', 'GroupId'),
    inline: inline(g, 'GroupPolicyList'),
    attached: attached(g),
  }));
  const roles = root.list('RoleDetailList').map((r) => readRole(r, profiles));
  const policies = root.list('Policies').map(readPolicy);
  const partial = { source: file, users, groups, roles, instanceProfiles: [...profiles.values()], policies };
  return { accountId: accountOf(file, partial, accountId), ...partial };
}
