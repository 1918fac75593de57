/**
 * What every rule works with: the accounts, the engine-backed permission questions, the requirements of
 * managed policies (expanded once), the findings being collected, and the scans for "who may create X"
 * (each principal of an account asked once per question, with progress reported).
 */
import type { Catalog } from '../../policy/catalog/types.js';
import type { AwsManagedPolicies } from '../../services/iam/aws-managed/catalog.js';
import type { Ask } from '../engine/permissions.js';
import { Permissions } from '../engine/permissions.js';
import { PolicyCache, type Note } from '../engine/policy-cache.js';
import { PrincipalSets } from '../engine/principal-sets.js';
import { Requirements, type RequirementSet } from '../engine/requirements.js';
import { NO_PROGRESS, type Progress } from '../progress.js';
import type { JsonValue } from '../snapshot/types.js';
import type { AccountView, Principal, World } from '../world.js';
import { Findings } from './findings.js';

export interface DoctorOptions {
  /** Run the Marketplace checks: true, false, or undefined to run them where an account shows Marketplace use. */
  readonly marketplace?: boolean;
  /** The Region of requests that name none (default us-east-1). */
  readonly region?: string;
  readonly progress?: Progress;
  readonly note?: Note;
}

export const DEFAULT_REGION = 'us-east-1';

export class CheckContext {
  readonly findings = new Findings();
  readonly cache: PolicyCache;
  readonly perms: Permissions;
  readonly requirements: Requirements;
  readonly progress: Progress;
  readonly region: string;
  private readonly scans = new Map<string, Principal[]>();

  constructor(
    readonly world: World,
    awsManaged: AwsManagedPolicies,
    catalog: Catalog,
    readonly options: DoctorOptions = {},
  ) {
    this.cache = new PolicyCache(awsManaged, options.note);
    this.perms = new Permissions(new PrincipalSets(this.cache));
    this.requirements = new Requirements(this.cache, catalog);
    this.progress = options.progress ?? NO_PROGRESS;
    this.region = options.region ?? DEFAULT_REGION;
  }

  /** The requirements of an AWS managed policy (its current version, from the catalogue). */
  managed(arn: string, account: string, region = this.region): RequirementSet {
    const name = arn.slice(arn.lastIndexOf('/') + 1);
    const document = this.cache.awsManagedDocument(arn) ?? { Statement: [] };
    return this.requirements.of(name, document, { account, region }, arn);
  }

  /** The requirements of a document the doctor writes itself (seed policies). */
  document(label: string, document: JsonValue, account: string, region = this.region): RequirementSet {
    return this.requirements.of(
      label,
      document,
      { account, region },
      `${label}\u0000${JSON.stringify(document)}`,
    );
  }

  /**
   * The principals of the account allowed any of the requests (cached by `key`): who may create a
   * resource. Service-linked roles are left out: they are the services' own.
   */
  whoMay(account: AccountView, key: string, asks: readonly Ask[]): Principal[] {
    const cacheKey = `${account.id}\u0000${key}`;
    let found = this.scans.get(cacheKey);
    if (!found) {
      const actions = [...new Set(asks.map((a) => a.action))];
      const principals = [...new Set(actions.flatMap((a) => this.mayAllow(account, a)))];
      found = [];
      for (const principal of principals) {
        if (asks.some((ask) => this.perms.allows(account, principal, ask))) found.push(principal);
      }
      this.scans.set(cacheKey, found);
    }
    return found;
  }

  /** The principals with an Allow statement covering the action at all. */
  private mayAllow(account: AccountView, action: string): Principal[] {
    return this.perms.sets.mayAllow(account, action);
  }
}

/** `user/alice`, `role/builder`: a principal in messages. */
export function principalLabel(principal: Principal): string {
  return `${principal.kind} ${principal.entity.name}`;
}
