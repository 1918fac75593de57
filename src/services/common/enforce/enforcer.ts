/**
 * The policy enforcement point: asks the engine about every request a caller makes (the operation's own
 * action and any it makes on the caller's behalf, such as iam:PassRole), logs each decision, and turns a
 * denial into AccessDenied with AWS's wording. A caller's compiled policies are cached until the store's
 * generation changes, so a permission change is enforced on the very next request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import { compilePolicySet, type PolicySet } from '../../../policy/authorize/policy-set.js';
import type { Decision } from '../../../policy/authorize/types.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import { CompiledPolicy } from '../../../policy/evaluate/compiled-policy.js';
import type { Store, StoreTx } from '../../../store/store.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import type { Caller } from '../caller.js';
import type { AccessCheck } from '../operation.js';
import { accessDenied } from '../service-error.js';
import { accessRequest } from './access-request.js';
import { callerPolicies } from './caller-policies.js';
import { toLogEntry, type DecisionLog } from './decision-log.js';
import { denialMessage } from './denial-message.js';
import { toPolicyInput } from './policy-documents.js';

/** Facts about the HTTP request that become global condition keys. */
export interface RequestFacts {
  readonly requestId: string;
  readonly now: Date;
  readonly region: string;
  readonly sourceIp?: string;
  readonly secureTransport: boolean;
  readonly userAgent?: string;
}

const MAX_CACHED_CALLERS = 5_000;

export class Enforcer {
  private readonly sets = new Map<string, { generation: number; set: PolicySet }>();
  private readonly resourcePolicies = new Map<string, CompiledPolicy | null>();

  constructor(
    private readonly store: Store,
    readonly awsManaged: AwsManagedPolicies,
    private readonly log: DecisionLog,
  ) {}

  /** The caller's compiled identity, boundary and session policies (cached per store generation). */
  private async callerSet(caller: Caller, tx: StoreTx): Promise<PolicySet> {
    const key = `${caller.accessKeyId}\u0000${caller.arn}`;
    const generation = await this.store.generation();
    const cached = this.sets.get(key);
    if (cached && cached.generation === generation) return cached.set;
    const set = compilePolicySet(await callerPolicies(tx, this.awsManaged, caller));
    if (this.sets.size >= MAX_CACHED_CALLERS) this.sets.clear();
    this.sets.set(key, { generation, set });
    return set;
  }

  private resourcePolicy(check: AccessCheck): CompiledPolicy | undefined {
    const policy = check.resourcePolicy;
    if (!policy) return undefined;
    const key = `${policy.kind}\u0000${policy.id}\u0000${policy.document}`;
    let compiled = this.resourcePolicies.get(key);
    if (compiled === undefined) {
      const input = toPolicyInput(policy.id, policy.document, policy.kind);
      compiled = input ? new CompiledPolicy(input.id, policy.kind, input.document) : null;
      if (this.resourcePolicies.size >= MAX_CACHED_CALLERS) this.resourcePolicies.clear();
      this.resourcePolicies.set(key, compiled);
    }
    return compiled ?? undefined;
  }

  /** The engine's decision for one request of the caller, logged. */
  async decide(caller: Caller, check: AccessCheck, tx: StoreTx, facts: RequestFacts): Promise<Decision> {
    let set = await this.callerSet(caller, tx);
    const resourcePolicy = this.resourcePolicy(check);
    if (resourcePolicy) set = { ...set, [check.resourcePolicy!.kind]: resourcePolicy };
    const context: Record<string, ContextValue> = {
      'aws:SecureTransport': facts.secureTransport ? 'true' : 'false',
      ...(facts.sourceIp ? { 'aws:SourceIp': facts.sourceIp } : {}),
      ...(facts.userAgent ? { 'aws:UserAgent': facts.userAgent } : {}),
      ...sessionKeys(caller),
    };
    const request = accessRequest(caller.principal, check, facts, context);
    const decision = authorize(request, set);
    this.log.record(
      toLogEntry(facts.requestId, caller.arn, check.action, check.resource, decision, facts.now),
    );
    return decision;
  }

  /** Throws AccessDenied unless the engine allows the request. */
  async enforce(caller: Caller, check: AccessCheck, tx: StoreTx, facts: RequestFacts): Promise<void> {
    const decision = await this.decide(caller, check, tx, facts);
    if (decision.decision !== 'Allow') {
      throw accessDenied(denialMessage(caller.arn, check.action, check.resource, decision));
    }
  }
}

/** Keys that temporary credentials carry. */
function sessionKeys(caller: Caller): Record<string, ContextValue> {
  const session = caller.session;
  if (!session) return {};
  return {
    'aws:TokenIssueTime': session.issuedAt,
    ...(session.sourceIdentity ? { 'aws:SourceIdentity': session.sourceIdentity } : {}),
  };
}
