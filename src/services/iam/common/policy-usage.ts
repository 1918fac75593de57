/**
 * Who uses which managed policy in an account, computed from the users, groups and roles themselves
 * (there is no stored counter, so the numbers can never drift): the entities a policy is attached to as a
 * permissions policy (AttachmentCount) and the users and roles that use it as their permissions boundary
 * (PermissionsBoundaryUsageCount).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Policy.html
 */
import type { GroupRecord, RoleRecord, UserRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';

export interface PolicyUsage {
  readonly users: readonly UserRecord[];
  readonly groups: readonly GroupRecord[];
  readonly roles: readonly RoleRecord[];
  readonly boundaryUsers: readonly UserRecord[];
  readonly boundaryRoles: readonly RoleRecord[];
}

export interface PolicyCounts {
  readonly attachments: number;
  readonly boundaries: number;
}

/** A policy nobody uses yet (a new one). */
export const UNUSED: PolicyCounts = { attachments: 0, boundaries: 0 };

interface MutableUsage {
  users: UserRecord[];
  groups: GroupRecord[];
  roles: RoleRecord[];
  boundaryUsers: UserRecord[];
  boundaryRoles: RoleRecord[];
}

const NONE: PolicyUsage = { users: [], groups: [], roles: [], boundaryUsers: [], boundaryRoles: [] };

export class AccountPolicyUsage {
  private constructor(
    private readonly byArn: ReadonlyMap<string, PolicyUsage>,
    readonly users: readonly UserRecord[],
    readonly groups: readonly GroupRecord[],
    readonly roles: readonly RoleRecord[],
  ) {}

  /** Reads every user, group and role of the account once. */
  static async load(tx: StoreTx, account: string): Promise<AccountPolicyUsage> {
    const users = await tx.list('users', account);
    const groups = await tx.list('groups', account);
    const roles = await tx.list('roles', account);
    const byArn = new Map<string, MutableUsage>();
    const entry = (arn: string) => {
      let usage = byArn.get(arn);
      if (!usage) {
        usage = { users: [], groups: [], roles: [], boundaryUsers: [], boundaryRoles: [] };
        byArn.set(arn, usage);
      }
      return usage;
    };
    for (const user of users) {
      for (const arn of new Set(user.attachedPolicies)) entry(arn).users.push(user);
      if (user.permissionsBoundaryArn) entry(user.permissionsBoundaryArn).boundaryUsers.push(user);
    }
    for (const group of groups)
      for (const arn of new Set(group.attachedPolicies)) entry(arn).groups.push(group);
    for (const role of roles) {
      for (const arn of new Set(role.attachedPolicies)) entry(arn).roles.push(role);
      if (role.permissionsBoundaryArn) entry(role.permissionsBoundaryArn).boundaryRoles.push(role);
    }
    return new AccountPolicyUsage(byArn, users, groups, roles);
  }

  of(arn: string): PolicyUsage {
    return this.byArn.get(arn) ?? NONE;
  }

  /** The number of users, groups and roles the policy is attached to. */
  attachmentCount(arn: string): number {
    const usage = this.of(arn);
    return usage.users.length + usage.groups.length + usage.roles.length;
  }

  /** The number of users and roles that use the policy as their permissions boundary. */
  boundaryCount(arn: string): number {
    const usage = this.of(arn);
    return usage.boundaryUsers.length + usage.boundaryRoles.length;
  }

  /** Both counts, as the Policy structure reports them. */
  counts(arn: string): PolicyCounts {
    return { attachments: this.attachmentCount(arn), boundaries: this.boundaryCount(arn) };
  }

  /** The ARNs of every policy in use (attached or as a boundary) in the account. */
  usedArns(): readonly string[] {
    return [...this.byArn.keys()];
  }
}
