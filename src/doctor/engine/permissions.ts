/**
 * Every permission question of the doctor, answered by the engine: may this principal make this request,
 * which of a policy's requirements does it lack, does this role's trust policy let that caller assume it.
 * Never by looking at policy names: a custom policy granting the same passes, a policy named like a
 * managed one but saying something else does not.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { authorize } from '../../policy/authorize/authorize.js';
import type { Decision, PrincipalInfo } from '../../policy/authorize/types.js';
import type { ContextValue } from '../../policy/condition/types.js';
import type { CompiledPolicy } from '../../policy/evaluate/compiled-policy.js';
import type { IamRole } from '../snapshot/types.js';
import type { AccountView, Principal } from '../world.js';
import type { PrincipalSets } from './principal-sets.js';
import type { Requirement, RequirementSet } from './requirements.js';

export interface Ask {
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, ContextValue>>;
  readonly resourceTags?: Readonly<Record<string, string>>;
  readonly region?: string;
}

export interface MissingPermission {
  readonly requirement: Requirement;
  readonly decision: Decision;
}

export interface Gap {
  readonly label: string;
  readonly total: number;
  readonly missing: readonly MissingPermission[];
}

export class Permissions {
  /** Number of engine decisions made, for the benchmark. */
  decisions = 0;

  constructor(readonly sets: PrincipalSets) {}

  decide(account: AccountView, principal: Principal, ask: Ask): Decision {
    this.decisions++;
    return authorize(
      {
        principal: this.sets.info(account, principal),
        action: ask.action,
        resource: ask.resource,
        ...(ask.context ? { context: ask.context } : {}),
        ...(ask.resourceTags ? { resourceTags: ask.resourceTags } : {}),
        ...(ask.region ? { region: ask.region } : {}),
      },
      this.sets.policySet(account, principal),
    );
  }

  allows(account: AccountView, principal: Principal, ask: Ask): boolean {
    return this.decide(account, principal, ask).decision === 'Allow';
  }

  /** The requirements the principal lacks (only the first one when `first`). */
  gap(account: AccountView, principal: Principal, set: RequirementSet, first = false): Gap {
    const missing: MissingPermission[] = [];
    for (const requirement of set.requirements) {
      const decision = this.decide(account, principal, requirement);
      if (decision.decision === 'Allow') continue;
      missing.push({ requirement, decision });
      if (first) break;
    }
    return { label: set.label, total: set.requirements.length, missing };
  }

  /**
   * Whether the role's trust policy lets the caller sts:AssumeRole it with the context given. A caller
   * from another account also needs its own identity policies to allow it (`identity`).
   */
  trusts(
    role: IamRole,
    caller: PrincipalInfo,
    context?: Readonly<Record<string, ContextValue>>,
    identity?: readonly CompiledPolicy[],
  ): boolean {
    if (!identity && !mayTrust(role.trust, caller.arn)) return false;
    this.decisions++;
    const trustSet = this.sets.trustSet(role);
    const decision = authorize(
      { principal: caller, action: 'sts:AssumeRole', resource: role.arn, ...(context ? { context } : {}) },
      identity ? { ...trustSet, identity } : trustSet,
    );
    return decision.decision === 'Allow';
  }
}

/**
 * A cheap pre-filter on a raw trust policy: false when no Allow statement can name the caller (a service
 * principal such as ec2.amazonaws.com), so the trust policy need not be compiled. Principal "*", AWS "*",
 * NotPrincipal and anything unusual count as possibly matching.
 */
export function mayTrust(trust: unknown, caller: string): boolean {
  if (caller.startsWith('arn:') || typeof trust !== 'object' || trust === null) return true;
  const raw = (trust as Record<string, unknown>)['Statement'];
  for (const s of Array.isArray(raw) ? raw : [raw]) {
    if (typeof s !== 'object' || s === null) return true;
    const st = s as Record<string, unknown>;
    if (st['Effect'] !== 'Allow') continue;
    if (st['NotPrincipal'] !== undefined) return true;
    const principal = st['Principal'];
    if (principal === '*' || typeof principal !== 'object' || principal === null) return true;
    const p = principal as Record<string, unknown>;
    const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
    if (list(p['AWS']).includes('*')) return true;
    if (list(p['Service']).some((x) => typeof x !== 'string' || x.toLowerCase() === caller.toLowerCase()))
      return true;
  }
  return false;
}

/** Why a request was refused, in words, from the engine's decision. */
export function refusal(decision: Decision): string {
  if (decision.decision === 'ExplicitDeny') {
    const by = decision.decidingStatements[0];
    const where = by ? `${by.policyId} statement ${by.sid ?? by.statementIndex}` : 'a Deny statement';
    return `explicitly denied by ${where}`;
  }
  if (decision.blockedBy === 'boundary') return 'not allowed by the permissions boundary';
  return 'no policy allows it';
}

/**
 * One sentence listing what a gap lacks, by action: `lacks 3 of the 31 permissions of X: a on r, b, c
 * (no policy allows them)`; the first resource is shown for the first action.
 */
export function describeGap(gap: Gap, shown = 4): string {
  const byAction = new Map<string, MissingPermission[]>();
  for (const m of gap.missing) {
    const list = byAction.get(m.requirement.action) ?? [];
    list.push(m);
    byAction.set(m.requirement.action, list);
  }
  const actions = [...byAction.keys()];
  const first = gap.missing[0];
  const names = actions
    .slice(0, shown)
    .map((a, i) => (i === 0 && first ? `${a} on ${first.requirement.resource}` : a));
  const more = actions.length > shown ? ` and ${actions.length - shown} more actions` : '';
  const reasons = [...new Set(gap.missing.map((m) => refusal(m.decision)))];
  return `lacks ${gap.missing.length} of the ${gap.total} permissions of ${gap.label}: ${names.join(', ')}${more} (${reasons.join('; ')})`;
}
