/**
 * The policy engine's answers for the trust graph. Each "may" is the engine's decision (authorize) on one
 * request, with the caller's policies loaded exactly as the enforcement point loads them (callerPolicies:
 * identity, groups, boundary, session) and the role's trust policy as the trust layer.
 *
 * These decisions are NOT written to the decision log, unlike ctx.decideAs. The graph asks (users + roles)
 * x roles questions per request — a million for an account of a thousand users and a thousand roles, most
 * of them denials — about requests nobody made; logged, they would bury the real decisions that
 * `ibiam decisions --denied` and the console's live view exist to show. The Enforcer has no non-logging
 * entry point (decide() always logs), so this module composes the same pieces it does (callerPolicies,
 * compilePolicySet, authorize) without the log. The graph operation itself is authorized and logged.
 *
 * Only one side of a cross-account request is known here, so the other side is stood in for by a policy
 * that allows: a principal of another account gets an identity policy allowing everything (its own account
 * decides its side), and a role of another account a trust policy allowing everyone (its account decides).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import { compilePolicySet, type PolicySet } from '../../../policy/authorize/policy-set.js';
import type { Decision, PrincipalInfo, StatementRef } from '../../../policy/authorize/types.js';
import { CompiledPolicy } from '../../../policy/evaluate/compiled-policy.js';
import type { StoreTx } from '../../../store/store.js';
import type { Caller } from '../../common/caller.js';
import { accessRequest } from '../../common/enforce/access-request.js';
import { callerPolicies } from '../../common/enforce/caller-policies.js';
import { toPolicyInput } from '../../common/enforce/policy-documents.js';
import type { AccessCheck } from '../../common/operation.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';

/** Ids of the stand-in policies (left out of the edges' details). */
export const OTHER_ACCOUNT_IDENTITY = 'ibiam:other-account-identity';
export const OTHER_ACCOUNT_TRUST = 'ibiam:other-account-trust';

function compiled(id: string, type: 'identity' | 'trust', document: object): CompiledPolicy {
  const input = toPolicyInput(id, JSON.stringify(document), type);
  if (!input) throw new Error(`stand-in policy ${id} does not parse`);
  return new CompiledPolicy(id, type, input.document);
}

const ALLOW_EVERYTHING = compiled(OTHER_ACCOUNT_IDENTITY, 'identity', {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

const TRUST_EVERYONE = compiled(OTHER_ACCOUNT_TRUST, 'trust', {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
});

/** A trust statement that allows the request once the request carries the condition keys it lacks. */
export interface ConditionalAllow {
  readonly statements: readonly StatementRef[];
  /** The condition keys the request lacked, as the policy writes them. */
  readonly missingKeys: readonly string[];
}

export class GraphEngine {
  private readonly sets = new Map<string, PolicySet>();
  private readonly trusts = new Map<string, CompiledPolicy | null>();

  constructor(
    private readonly tx: StoreTx,
    private readonly awsManaged: AwsManagedPolicies,
    private readonly region: string,
    private readonly now: Date,
  ) {}

  /** The role's trust policy, compiled once per graph (undefined when it does not parse). */
  trustPolicy(role: { readonly arn: string; readonly assumeRolePolicyDocument: string }) {
    let policy = this.trusts.get(role.arn);
    if (policy === undefined) {
      const input = toPolicyInput(role.arn, role.assumeRolePolicyDocument, 'trust');
      policy = input ? new CompiledPolicy(role.arn, 'trust', input.document) : null;
      this.trusts.set(role.arn, policy);
    }
    return policy ?? undefined;
  }

  /** Loads and compiles the callers' own policies, once per graph, before any decision about them. */
  async load(callers: readonly Caller[]): Promise<void> {
    for (const caller of callers) {
      if (!this.sets.has(caller.arn)) {
        this.sets.set(caller.arn, compilePolicySet(await callerPolicies(this.tx, this.awsManaged, caller)));
      }
    }
  }

  private callerSet(caller: Caller): PolicySet {
    const set = this.sets.get(caller.arn);
    if (!set) throw new Error(`the policies of ${caller.arn} were not loaded`);
    return set;
  }

  private evaluate(principal: PrincipalInfo, set: PolicySet, check: AccessCheck, trace = false): Decision {
    return authorize(
      accessRequest(
        principal,
        check,
        { region: this.region, now: this.now },
        { 'aws:SecureTransport': 'true' },
      ),
      set,
      { trace },
    );
  }

  /** A principal of this account (loaded): its own policies, and the role's trust policy when given. */
  decideAs(caller: Caller, check: AccessCheck, trust?: CompiledPolicy): Decision {
    const set = this.callerSet(caller);
    return this.evaluate(caller.principal, trust ? { ...set, trust } : set, check);
  }

  /** A principal of this account asking for a role of another account: its side only. */
  identitySide(caller: Caller, check: AccessCheck): Decision {
    return this.decideAs(caller, check, TRUST_EVERYONE);
  }

  /** A principal outside this account (or a service): the trust policy's side only. */
  trustSide(principal: PrincipalInfo, check: AccessCheck, trust: CompiledPolicy): Decision {
    return this.evaluate(principal, this.foreignSet(trust), check);
  }

  /**
   * When the trust side denies only for lack of condition keys (sts:ExternalId, aws:SourceAccount,
   * SAML:aud...): the trust statements that match the principal, action and resource and whose only
   * false conditions are on keys the request lacks. Undefined when none does, or when a Deny applies.
   */
  conditionalTrust(
    principal: PrincipalInfo,
    check: AccessCheck,
    trust: CompiledPolicy,
  ): ConditionalAllow | undefined {
    const decision = this.evaluate(principal, this.foreignSet(trust), check, true);
    if (decision.decision !== 'ImplicitDeny' || decision.missingContextKeys.length === 0) return undefined;
    const statements: StatementRef[] = [];
    const missing = new Set<string>();
    for (const entry of decision.trace ?? []) {
      if (entry.policyType !== 'trust' || entry.effect !== 'Allow') continue;
      if (!entry.actionMatched || !entry.resourceMatched || entry.principalMatched === false) continue;
      const failed = entry.conditions.filter((c) => !c.matched);
      if (failed.length === 0 || failed.some((c) => c.requestValue !== undefined)) continue;
      statements.push(entry);
      for (const condition of failed) missing.add(condition.key);
    }
    return statements.length > 0 ? { statements, missingKeys: [...missing] } : undefined;
  }

  private foreignSet(trust: CompiledPolicy): PolicySet {
    return { identity: [ALLOW_EVERYTHING], trust, scps: [], rcps: [] };
  }
}
