/**
 * The decision flow: combines every policy type into Allow, ExplicitDeny or ImplicitDeny, following
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (the flow and
 * the resource-policy principal rules), ..._evaluation-logic-cross-account.html (both sides must allow),
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html and
 * ..._rcps_evaluation.html (every level must allow). Never throws on policy content.
 * Written imperatively on purpose: this is the engine's hot path (no closures or spreads per request).
 */
import { resourceAccountOf, RequestContext } from '../context/request-context.js';
import type { PrincipalFacts } from '../context/principal-facts.js';
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
const NONE: readonly CompiledStatement[] = [];
const NO_LEVELS: readonly LayerOutcome[] = [];

/** The outcomes of every layer for one request. */
interface Layers {
  readonly identity: LayerOutcome;
  readonly boundary: LayerOutcome;
  readonly session: LayerOutcome;
  /** The resource-based policy, or the role trust policy for sts:AssumeRole*. */
  readonly grant: LayerOutcome;
  readonly grantType: PolicyType;
  readonly scps: readonly LayerOutcome[];
  readonly rcps: readonly LayerOutcome[];
}

interface Verdict {
  readonly decision: DecisionValue;
  readonly deciding: readonly CompiledStatement[];
  readonly blockedBy?: PolicyType;
}

function evaluatePolicies(
  policies: readonly CompiledPolicy[] | undefined,
  action: string,
  input: MatchInput,
): LayerOutcome {
  return policies && policies.length > 0 ? evaluateLayer(policies, action, input) : EMPTY;
}

function evaluateLevels(levels: readonly (readonly CompiledPolicy[])[], action: string, input: MatchInput) {
  const outcomes: LayerOutcome[] = [];
  for (const level of levels) outcomes.push(evaluateLayer(level, action, input));
  return outcomes;
}

function evaluateLayers(set: PolicySet, action: string, input: MatchInput, facts: PrincipalFacts): Layers {
  const isIamPrincipal = facts.kind !== 'service' && facts.kind !== 'anonymous';
  // Identity-based policies, boundaries and session policies never limit the root user.
  const limitsIdentity = isIamPrincipal && facts.kind !== 'root';
  const grantPolicy = set.trust ?? set.resource;
  return {
    identity: limitsIdentity ? evaluatePolicies(set.identity, action, input) : EMPTY,
    boundary: limitsIdentity && set.boundary ? evaluateLayer([set.boundary], action, input) : EMPTY,
    session: limitsIdentity && set.session ? evaluatePolicies(set.session, action, input) : EMPTY,
    grant: grantPolicy ? evaluateLayer([grantPolicy], action, input) : EMPTY,
    grantType: set.trust ? 'trust' : 'resource',
    // SCPs never restrict service-linked roles (Organizations UG, "Tasks and entities not restricted by SCPs").
    scps:
      set.scps.length > 0 && isIamPrincipal && !isServiceLinkedRole(facts)
        ? evaluateLevels(set.scps, action, input)
        : NO_LEVELS,
    rcps: set.rcps.length > 0 && isIamPrincipal ? evaluateLevels(set.rcps, action, input) : NO_LEVELS,
  };
}

/** Sessions of service-linked roles, whose path is /aws-service-role/SERVICE/. */
function isServiceLinkedRole(facts: PrincipalFacts): boolean {
  return facts.kind === 'role-session' && (facts.roleArn?.includes(':role/aws-service-role/') ?? false);
}

/** Step 1: every matching Deny, blamed on the first layer (in AWS's order of mention) that holds one. */
function explicitDeny(layers: Layers): Verdict | undefined {
  let deciding: CompiledStatement[] | undefined;
  let blockedBy: PolicyType | undefined;
  const collect = (type: PolicyType, outcome: LayerOutcome) => {
    if (outcome.denies.length === 0) return;
    blockedBy ??= type;
    (deciding ??= []).push(...outcome.denies);
  };
  for (const scp of layers.scps) collect('scp', scp);
  for (const rcp of layers.rcps) collect('rcp', rcp);
  collect(layers.grantType, layers.grant);
  collect('identity', layers.identity);
  collect('boundary', layers.boundary);
  collect('session', layers.session);
  return deciding && blockedBy ? { decision: 'ExplicitDeny', deciding, blockedBy } : undefined;
}

const deny = (blockedBy: PolicyType): Verdict => ({ decision: 'ImplicitDeny', deciding: NONE, blockedBy });
const allow = (
  first: readonly CompiledStatement[],
  second: readonly CompiledStatement[] = NONE,
): Verdict => ({
  decision: 'Allow',
  deciding: second.length === 0 ? first : first.length === 0 ? second : [...first, ...second],
});

/** Boundaries and session policies: the limits on an identity's (or role-ARN grant's) permissions. */
function limitedBy(set: PolicySet, layers: Layers, facts: PrincipalFacts): PolicyType | undefined {
  if (facts.kind === 'root') return undefined;
  if (set.boundary && layers.boundary.allows.length === 0) return 'boundary';
  if (set.session && layers.session.allows.length === 0) return 'session';
  // A federated user's session without a session policy has no permissions.
  if (facts.kind === 'federated-user' && !set.session) return 'session';
  return undefined;
}

function decide(
  request: AuthorizationRequest,
  resource: ResourceView,
  set: PolicySet,
  layers: Layers,
  facts: PrincipalFacts,
): Verdict {
  const denied = explicitDeny(layers);
  if (denied) return denied;

  // Organizations: every level of the OU path must allow, for SCPs and RCPs alike.
  for (const level of layers.scps) if (level.allows.length === 0) return deny('scp');
  for (const level of layers.rcps) if (level.allows.length === 0) return deny('rcp');

  const { grant, identity } = layers;
  // A role trust policy must always allow explicitly.
  if (set.trust && grant.allows.length === 0) return deny('trust');

  // Service principals and anonymous callers have only resource-based grants.
  if (facts.kind === 'service' || facts.kind === 'anonymous') {
    return grant.allows.length > 0 ? allow(grant.allows) : deny(layers.grantType);
  }

  const resourceAccount = resourceAccountOf(request, facts, resource);
  if (resourceAccount !== '' && resourceAccount !== facts.account) {
    // Cross-account: the principal's account (identity, boundary, session) and the resource's must allow.
    if (grant.allows.length === 0) return deny(layers.grantType);
    if (facts.kind !== 'root' && identity.allows.length === 0) return deny('identity');
    const limited = limitedBy(set, layers, facts);
    return limited ? deny(limited) : allow(identity.allows, grant.allows);
  }

  // Same account: a resource-based grant naming the user or session directly needs nothing else.
  if (grant.strongestAllow === 'direct') return allow(grant.allows, identity.allows);
  if (facts.kind === 'root') return allow(grant.allows);
  // A grant to the role ARN (or the federating user) stands in for identity policies, but boundaries
  // and session policies still limit it; a grant to the account only delegates to identity policies.
  const resourceGrants = grant.strongestAllow === 'role' || grant.strongestAllow === 'federating-user';
  if (!resourceGrants && identity.allows.length === 0) return deny('identity');
  const limited = limitedBy(set, layers, facts);
  if (limited) return deny(limited);
  return resourceGrants ? allow(grant.allows, identity.allows) : allow(identity.allows);
}

export function authorize(
  request: AuthorizationRequest,
  set: PolicySet,
  options?: AuthorizeOptions,
): Decision {
  const resource = new ResourceView(request.resource);
  const ctx = new RequestContext(request, resource);
  const input: MatchInput = {
    resource,
    ctx,
    facts: ctx.facts,
    hasBoundary: set.boundary !== undefined,
    missingKeys: undefined,
    errors: undefined,
  };
  const layers = evaluateLayers(set, request.action.toLowerCase(), input, ctx.facts);
  const verdict = decide(request, resource, set, layers, ctx.facts);
  const deciding = verdict.deciding;
  const refs = new Array<Decision['decidingStatements'][number]>(deciding.length);
  for (let i = 0; i < deciding.length; i++) refs[i] = deciding[i]!.ref;
  const decision: Decision = {
    decision: verdict.decision,
    decidingStatements: refs,
    missingContextKeys: input.missingKeys ? [...input.missingKeys] : [],
    errors: input.errors ?? [],
  };
  // Optional members are assigned, not spread: spreading is slow on this path.
  const optional = decision as { blockedBy?: PolicyType; trace?: Decision['trace'] };
  if (verdict.blockedBy) optional.blockedBy = verdict.blockedBy;
  if (options?.trace) optional.trace = traceStatements(request, set, input);
  return decision;
}
