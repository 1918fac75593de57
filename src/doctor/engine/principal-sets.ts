/**
 * The policies that bear on a principal of a snapshot, as the engine's PolicySet: a user's inline and
 * attached policies and those of its groups, a role's inline and attached policies, and the permissions
 * boundary; a role's trust policy for sts:AssumeRole. Built once per principal from compiled policies that
 * are shared between principals. Also the caller (PrincipalInfo) each principal stands for.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { PolicySet } from '../../policy/authorize/policy-set.js';
import type { PrincipalInfo } from '../../policy/authorize/types.js';
import type { CompiledPolicy } from '../../policy/evaluate/compiled-policy.js';
import type { IamRole, PolicyHolder } from '../snapshot/types.js';
import type { AccountView, Principal } from '../world.js';
import { ActionHolders } from './action-holders.js';
import { ActionIndexes } from './action-index.js';
import type { PolicyCache } from './policy-cache.js';

/** The session name the doctor's simulated role sessions use. */
export const SESSION_NAME = 'ibiam-doctor';

const EMPTY_BOUNDARY = { statements: [] };

export class PrincipalSets {
  private readonly sets = new Map<string, PolicySet>();
  private readonly trusts = new Map<string, PolicySet>();
  private readonly infos = new Map<string, PrincipalInfo>();

  private readonly actions = new ActionIndexes();

  private readonly holders = new Map<string, ActionHolders>();

  constructor(private readonly cache: PolicyCache) {}

  /** The principals of the account (users and roles) that may be allowed the action at all. */
  mayAllow(account: AccountView, action: string): Principal[] {
    let holders = this.holders.get(account.id);
    if (!holders) {
      holders = new ActionHolders(account, account.principals(), this.cache, this.actions);
      this.holders.set(account.id, holders);
    }
    return holders.mayAllow(action);
  }

  /** Whether a group's own documents may allow the (lower-cased) action (see ActionIndexes). */
  groupMayAllow(account: AccountView, group: PolicyHolder, lowerAction: string): boolean {
    for (const p of group.inline) if (this.actions.covers(p.document, lowerAction)) return true;
    for (const arn of group.attached) {
      const document = this.cache.managedDocument(account, arn);
      if (document !== undefined && this.actions.covers(document, lowerAction)) return true;
    }
    return false;
  }

  private holderPolicies(account: AccountView, holder: PolicyHolder, out: CompiledPolicy[]): void {
    for (const p of holder.inline) {
      const compiled = this.cache.compile(`${holder.arn}#${p.name}`, 'identity', p.document);
      if (compiled) out.push(compiled);
    }
    for (const arn of holder.attached) {
      const compiled = this.cache.managed(account, arn, 'identity');
      if (compiled) out.push(compiled);
    }
  }

  private boundary(account: AccountView, arn: string | undefined): CompiledPolicy | undefined {
    if (!arn) return undefined;
    // A boundary whose policy cannot be found allows nothing, as IAM would.
    return (
      this.cache.managed(account, arn, 'boundary') ??
      this.cache.compile(`missing:${arn}`, 'boundary', EMPTY_BOUNDARY)
    );
  }

  /** The identity-side policy set of a user (with its groups), a role, or a group alone. */
  policySet(account: AccountView, principal: Principal): PolicySet {
    const key = principal.entity.arn;
    let set = this.sets.get(key);
    if (!set) {
      const identity: CompiledPolicy[] = [];
      this.holderPolicies(account, principal.entity, identity);
      if (principal.kind === 'user') {
        for (const name of principal.entity.groups) {
          const group = account.group(name);
          if (group) this.holderPolicies(account, group, identity);
        }
      }
      const boundary =
        principal.kind === 'group' ? undefined : this.boundary(account, principal.entity.boundaryArn);
      set = { identity, ...(boundary ? { boundary } : {}), scps: [], rcps: [] };
      this.sets.set(key, set);
    }
    return set;
  }

  /** The role's trust policy alone, for sts:AssumeRole requests. */
  trustSet(role: IamRole): PolicySet {
    let set = this.trusts.get(role.arn);
    if (!set) {
      const trust = this.cache.compile(`${role.arn}#trust`, 'trust', role.trust);
      set = {
        identity: [],
        trust: trust ?? this.cache.compile('deny-all#trust', 'trust', EMPTY_BOUNDARY)!,
        scps: [],
        rcps: [],
      };
      this.trusts.set(role.arn, set);
    }
    return set;
  }

  /** The caller a principal stands for: the user, or a session of the role (a group: a member user). */
  info(account: AccountView, principal: Principal): PrincipalInfo {
    const key = principal.entity.arn;
    let info = this.infos.get(key);
    if (!info) {
      const e = principal.entity;
      if (principal.kind === 'role') {
        info = {
          arn: `arn:aws:sts::${account.id}:assumed-role/${e.name}/${SESSION_NAME}`,
          roleArn: e.arn,
          ...(e.id ? { uniqueId: `${e.id}:${SESSION_NAME}` } : {}),
          tags: principal.entity.tags,
        };
      } else if (principal.kind === 'user') {
        info = { arn: e.arn, ...(e.id ? { uniqueId: e.id } : {}), tags: principal.entity.tags };
      } else {
        info = { arn: `arn:aws:iam::${account.id}:user/member-of-${e.name}` };
      }
      this.infos.set(key, info);
    }
    return info;
  }
}
