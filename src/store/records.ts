/**
 * The records the store keeps: plain JSON-serializable objects, one shape per collection. Names keep the
 * case they were created with; the store key of a named entity is its lower-cased name, because IAM names
 * are unique per account case-insensitively.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names
 */

export interface Tag {
  readonly Key: string;
  readonly Value: string;
}

export interface InlinePolicy {
  readonly name: string;
  /** The policy document as the caller sent it (decoded JSON text). */
  readonly document: string;
}

export interface AccountRecord {
  readonly accountId: string;
  readonly createDate: string;
  readonly alias?: string;
}

/** What users, groups, roles, policies and instance profiles have in common. */
export interface EntityBase {
  readonly accountId: string;
  readonly name: string;
  readonly id: string;
  readonly path: string;
  readonly arn: string;
  readonly createDate: string;
}

export interface UserRecord extends EntityBase {
  readonly tags: readonly Tag[];
  readonly permissionsBoundaryArn?: string;
  /** Names of the groups the user belongs to, in the order joined. */
  readonly groups: readonly string[];
  readonly attachedPolicies: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
}

export interface GroupRecord extends EntityBase {
  readonly attachedPolicies: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
}

export interface RoleRecord extends EntityBase {
  readonly assumeRolePolicyDocument: string;
  readonly description?: string;
  readonly maxSessionDuration: number;
  readonly permissionsBoundaryArn?: string;
  readonly tags: readonly Tag[];
  readonly attachedPolicies: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly lastUsed?: { readonly date: string; readonly region: string };
}

export interface PolicyVersionRecord {
  readonly versionId: string;
  readonly document: string;
  readonly createDate: string;
}

/** A customer managed policy (AWS managed policies come from the catalogue, not the store). */
export interface ManagedPolicyRecord extends EntityBase {
  readonly description?: string;
  readonly updateDate: string;
  readonly defaultVersionId: string;
  readonly versions: readonly PolicyVersionRecord[];
  /** The number the next version gets (versions are never renumbered). */
  readonly nextVersion: number;
  readonly tags: readonly Tag[];
}

export interface InstanceProfileRecord extends EntityBase {
  /** At most one role (AWS's quota); kept as a list because the API shape is a list. */
  readonly roleNames: readonly string[];
  readonly tags: readonly Tag[];
}

export interface AccessKeyRecord {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly accountId: string;
  /** The IAM user that owns the key; absent for the account root user's keys. */
  readonly userName?: string;
  readonly status: 'Active' | 'Inactive';
  readonly createDate: string;
  readonly lastUsed?: { readonly date: string; readonly serviceName: string; readonly region: string };
}

/** Temporary credentials issued by STS. */
export interface SessionRecord {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly accountId: string;
  readonly expiration: string;
  readonly issuedAt: string;
  /** `assumed-role` for AssumeRole, `session-token` for GetSessionToken, `federated-user` for GetFederationToken. */
  readonly kind: 'assumed-role' | 'session-token' | 'federated-user';
  /** The caller ARN the credentials sign as. */
  readonly arn: string;
  readonly roleName?: string;
  readonly sessionName?: string;
  /** The IAM user behind a session-token or federated-user session. */
  readonly userName?: string;
  readonly sessionPolicies?: readonly InlinePolicy[];
  readonly sessionPolicyArns?: readonly string[];
  readonly tags: readonly Tag[];
  readonly transitiveTagKeys: readonly string[];
  readonly sourceIdentity?: string;
  /** True when the session was created by a role session (role chaining). */
  readonly chained: boolean;
}

export interface DeletionTaskRecord {
  readonly taskId: string;
  readonly accountId: string;
  readonly roleName: string;
  readonly status: 'SUCCEEDED' | 'IN_PROGRESS' | 'FAILED' | 'NOT_STARTED';
  readonly createDate: string;
}

/** Every collection and the record type it holds. */
export interface Collections {
  accounts: AccountRecord;
  users: UserRecord;
  groups: GroupRecord;
  roles: RoleRecord;
  policies: ManagedPolicyRecord;
  'instance-profiles': InstanceProfileRecord;
  'access-keys': AccessKeyRecord;
  sessions: SessionRecord;
  'deletion-tasks': DeletionTaskRecord;
  /** Free-form records of other services (Image Builder), keyed by the service's own scheme. */
  [collection: `imagebuilder:${string}`]: unknown;
}

export type CollectionName = keyof Collections & string;
