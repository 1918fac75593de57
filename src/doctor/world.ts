/**
 * The accounts the doctor checks, indexed for the checks: IAM entities by name (IAM names are unique
 * case-insensitively) and the Image Builder resources of each account (by the account in their ARNs).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names
 */
import type {
  AccountSnapshot,
  BuildDefinition,
  ContainerRecipe,
  DistributionConfiguration,
  EcrRepository,
  IamGroup,
  IamInstanceProfile,
  IamRole,
  IamUser,
  ImageBuilderSnapshot,
  InfrastructureConfiguration,
  LifecyclePolicy,
  ManagedPolicy,
} from './snapshot/types.js';

export type Principal =
  | { readonly kind: 'user'; readonly entity: IamUser }
  | { readonly kind: 'role'; readonly entity: IamRole }
  | { readonly kind: 'group'; readonly entity: IamGroup };

export const SERVICE_ROLE_PATH = '/aws-service-role/';

const index = <T extends { readonly name: string }>(list: readonly T[]) =>
  new Map(list.map((x) => [x.name.toLowerCase(), x]));

/** The last path segment of a name or ARN (`arn:aws:iam::1:role/path/Name` -> `Name`). */
export function baseName(nameOrArn: string): string {
  return nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1);
}

/** The account, region and resource name parts of an ARN. */
export function arnParts(arn: string): { account: string; region: string; service: string } {
  const parts = arn.split(':');
  return { service: parts[2] ?? '', region: parts[3] ?? '', account: parts[4] ?? '' };
}

export interface AccountImageBuilder {
  readonly infrastructureConfigurations: readonly InfrastructureConfiguration[];
  readonly distributionConfigurations: readonly DistributionConfiguration[];
  readonly lifecyclePolicies: readonly LifecyclePolicy[];
  readonly builds: readonly BuildDefinition[];
  readonly containerRecipes: readonly ContainerRecipe[];
  readonly repositories: readonly EcrRepository[];
}

export class AccountView {
  readonly id: string;
  private readonly roles: Map<string, IamRole>;
  private readonly users: Map<string, IamUser>;
  private readonly groups: Map<string, IamGroup>;
  private readonly profiles: Map<string, IamInstanceProfile>;
  private readonly policies: Map<string, ManagedPolicy>;

  constructor(
    readonly snapshot: AccountSnapshot,
    readonly imagebuilder: AccountImageBuilder,
  ) {
    this.id = snapshot.accountId;
    this.roles = index(snapshot.roles);
    this.users = index(snapshot.users);
    this.groups = index(snapshot.groups);
    this.profiles = index(snapshot.instanceProfiles);
    this.policies = new Map(snapshot.policies.map((p) => [p.arn, p]));
  }

  /** A role by name or ARN. */
  role(nameOrArn: string): IamRole | undefined {
    return this.roles.get(baseName(nameOrArn).toLowerCase());
  }

  /** The ARN of a role named by name or ARN, whether or not it exists. */
  roleArn(nameOrArn: string): string {
    return (
      this.role(nameOrArn)?.arn ??
      (nameOrArn.startsWith('arn:') ? nameOrArn : `arn:aws:iam::${this.id}:role/${nameOrArn}`)
    );
  }

  user(name: string): IamUser | undefined {
    return this.users.get(name.toLowerCase());
  }

  group(name: string): IamGroup | undefined {
    return this.groups.get(name.toLowerCase());
  }

  instanceProfile(name: string): IamInstanceProfile | undefined {
    return this.profiles.get(name.toLowerCase());
  }

  instanceProfileArn(name: string): string {
    return this.instanceProfile(name)?.arn ?? `arn:aws:iam::${this.id}:instance-profile/${name}`;
  }

  managedPolicy(arn: string): ManagedPolicy | undefined {
    return this.policies.get(arn);
  }

  /** Instance profiles holding the role. */
  profilesOf(role: IamRole): IamInstanceProfile[] {
    const name = role.name.toLowerCase();
    return this.snapshot.instanceProfiles.filter((p) => p.roles.some((r) => r.toLowerCase() === name));
  }

  private principalList: readonly Principal[] | undefined;

  /** Users and roles that can make requests (service-linked roles are the services' own); the same objects each time. */
  principals(): readonly Principal[] {
    return (this.principalList ??= [
      ...this.snapshot.users.map((entity) => ({ kind: 'user' as const, entity })),
      ...this.snapshot.roles
        .filter((r) => !r.path.startsWith(SERVICE_ROLE_PATH))
        .map((entity) => ({ kind: 'role' as const, entity })),
    ]);
  }
}

function ofAccount<T extends { readonly arn: string }>(list: readonly T[], account: string): T[] {
  return list.filter((x) => arnParts(x.arn).account === account);
}

export class World {
  readonly accounts = new Map<string, AccountView>();
  /** Accounts named by Image Builder resources but missing from the snapshots. */
  readonly unknownAccounts: string[];

  constructor(
    snapshots: readonly AccountSnapshot[],
    readonly imagebuilder: ImageBuilderSnapshot,
  ) {
    for (const s of snapshots) this.accounts.set(s.accountId, new AccountView(s, this.slice(s.accountId)));
    const named = new Set(
      [
        ...imagebuilder.infrastructureConfigurations,
        ...imagebuilder.distributionConfigurations,
        ...imagebuilder.lifecyclePolicies,
        ...imagebuilder.builds,
        ...imagebuilder.containerRecipes,
      ].map((r) => arnParts(r.arn).account),
    );
    this.unknownAccounts = [...named].filter((a) => a !== '' && !this.accounts.has(a)).sort();
  }

  private slice(account: string): AccountImageBuilder {
    const ib = this.imagebuilder;
    return {
      infrastructureConfigurations: ofAccount(ib.infrastructureConfigurations, account),
      distributionConfigurations: ofAccount(ib.distributionConfigurations, account),
      lifecyclePolicies: ofAccount(ib.lifecyclePolicies, account),
      builds: ofAccount(ib.builds, account),
      containerRecipes: ofAccount(ib.containerRecipes, account),
      // Repositories without an ARN are matched by name in every account.
      repositories: ib.repositories.filter((r) => !r.arn || arnParts(r.arn).account === account),
    };
  }

  account(id: string): AccountView | undefined {
    return this.accounts.get(id);
  }

  /** Accounts in a stable order (by id). */
  list(): AccountView[] {
    return [...this.accounts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
