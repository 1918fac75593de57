/**
 * The decision flow: combines every policy type into Allow, ExplicitDeny or ImplicitDeny, following
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (the flow and
 * the resource-policy principal rules), ..._evaluation-logic-cross-account.html (both sides must allow),
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html and
 * ..._rcps_evaluation.html (every level must allow). Never throws on policy content.
 */
import { resourceAccountOf, RequestContext } from '../context/request-context.js';
import { ResourceView } from '../match/resource.js';
import type { CompiledPolicy } from '../evaluate/compiled-policy.js';
import type { CompiledStatement } from '../evaluate/compiled-statement.js';
import { evaluateLayer, type LayerOutcome } from '../evaluate/layer.js';
import type { MatchInput } from '../evaluate/statement-applies.js';
import { traceStatements } from './trace.js';
import type { PolicySet } from './policy-set.js';
import type { AuthorizationRequest, Decision, DecisionValue, PolicyType } from './types.js';

export interface AuthorizeOptions {
  /** Include a trace of every statement (slower). */
  readonly trace?: boolean;
}

const EMPTY: LayerOutcome = { allows: [], denies: [], strongestAllow: 'none' };

export function authorize(
  request: AuthorizationRequest,
  set: PolicySet,
  options?: AuthorizeOptions,
): Decision {
  const ctx = new RequestContext(request);
  const facts = ctx.facts;
  const input: MatchInput = {
    resource: new ResourceView(request.resource),
    ctx,
    facts,
    hasBoundary: set.boundary !== undefined,
    missingKeys: new Set(),
    errors: [],
  };
  const action = request.action.toLowerCase();
  const layer = (policies: readonly CompiledPolicy[] | undefined) =>
    policies && policies.length > 0 ? evaluateLayer(policies, action, input) : EMPTY;
  const single = (policy: CompiledPolicy | undefined) =>
    policy ? evaluateLayer([policy], action, input) : EMPTY;

  const isIamPrincipal = facts.kind !== 'service' && facts.kind !== 'anonymous';
  // Identity-based policies, boundaries and session policies never limit the root user.
  const limitsIdentity = isIamPrincipal && facts.kind !== 'root';
  const identity = limitsIdentity ? layer(set.identity) : EMPTY;
  const boundary = limitsIdentity ? single(set.boundary) : EMPTY;
  const session = limitsIdentity && set.session ? layer(set.session) : EMPTY;
  const grantType: PolicyType = set.trust ? 'trust' : 'resource';
  const grant = single(set.trust ?? set.resource);
  const scps = isIamPrincipal ? set.scps.map(layer) : [];
  const rcps = isIamPrincipal ? set.rcps.map(layer) : [];

  const decide = (decision: DecisionValue, deciding: readonly CompiledStatement[], blockedBy?: PolicyType) =>
    finish(request, set, input, options, decision, deciding, blockedBy);

  // 1. An explicit deny in any policy wins.
  const denyLayers: [PolicyType, LayerOutcome[]][] = [
    ['scp', scps],
    ['rcp', rcps],
    [grantType, [grant]],
    ['identity', [identity]],
    ['boundary', [boundary]],
    ['session', [session]],
  ];
  const denies = denyLayers.flatMap(([, outcomes]) => outcomes.flatMap((o) => o.denies));
  if (denies.length > 0) {
    const first = denyLayers.find(([, outcomes]) => outcomes.some((o) => o.denies.length > 0));
    return decide('ExplicitDeny', denies, first?.[0]);
  }

  // 2. Organizations: every level of the OU path must allow, for SCPs and RCPs alike.
  if (scps.some((level) => level.allows.length === 0)) return decide('ImplicitDeny', [], 'scp');
  if (rcps.some((level) => level.allows.length === 0)) return decide('ImplicitDeny', [], 'rcp');

  // 3. A role trust policy must always allow explicitly.
  if (set.trust && grant.allows.length === 0) return decide('ImplicitDeny', [], 'trust');

  // Service principals and anonymous callers have only resource-based grants.
  if (!isIamPrincipal) {
    return grant.allows.length > 0 ? decide('Allow', grant.allows) : decide('ImplicitDeny', [], grantType);
  }

  const resourceAccount = resourceAccountOf(request, facts);
  const crossAccount = resourceAccount !== '' && resourceAccount !== facts.account;
  const limits = () => {
    if (set.boundary && boundary.allows.length === 0) return 'boundary' as const;
    if (set.session && session.allows.length === 0) return 'session' as const;
    // A federated user's session without a session policy has no permissions.
    if (facts.kind === 'federated-user' && !set.session) return 'session' as const;
    return undefined;
  };

  if (crossAccount) {
    // Both the principal's account (identity, boundary, session) and the resource's must allow.
    if (grant.allows.length === 0) return decide('ImplicitDeny', [], grantType);
    if (facts.kind !== 'root' && identity.allows.length === 0) return decide('ImplicitDeny', [], 'identity');
    const limited = facts.kind === 'root' ? undefined : limits();
    if (limited) return decide('ImplicitDeny', [], limited);
    return decide('Allow', [...identity.allows, ...grant.allows]);
  }

  // 4. Same account: a resource-based grant naming the user or session directly needs nothing else.
  if (grant.strongestAllow === 'direct') return decide('Allow', [...grant.allows, ...identity.allows]);
  if (facts.kind === 'root') return decide('Allow', grant.allows);
  // A grant to the role ARN (or the federating user) stands in for identity policies, but boundaries
  // and session policies still limit it; a grant to the account only delegates to identity policies.
  const resourceGrants = grant.strongestAllow === 'role' || grant.strongestAllow === 'federating-user';
  if (!resourceGrants && identity.allows.length === 0) return decide('ImplicitDeny', [], 'identity');
  const limited = limits();
  if (limited) return decide('ImplicitDeny', [], limited);
  return decide('Allow', [...(resourceGrants ? grant.allows : []), ...identity.allows]);
}

function finish(
  request: AuthorizationRequest,
  set: PolicySet,
  input: MatchInput,
  options: AuthorizeOptions | undefined,
  decision: DecisionValue,
  deciding: readonly CompiledStatement[],
  blockedBy: PolicyType | undefined,
): Decision {
  return {
    decision,
    decidingStatements: deciding.map((s) => s.ref),
    ...(blockedBy ? { blockedBy } : {}),
    missingContextKeys: input.missingKeys.size > 0 ? [...input.missingKeys] : [],
    errors: input.errors,
    ...(options?.trace ? { trace: traceStatements(request, set, input) } : {}),
  };
}
