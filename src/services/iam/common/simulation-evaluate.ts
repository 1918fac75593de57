/**
 * Runs a simulation through the policy engine (compilePolicySet + authorize, the same evaluation the
 * enforcement point performs) and shapes AWS's EvaluationResult: one result per action, whose top-level
 * decision is the most restrictive across the requested resources (explicitDeny, then implicitDeny, then
 * allowed), with ResourceSpecificResults for each resource when ResourceArns were given. Missing context
 * values are the condition keys (and policy variables) of applicable statements that the request lacked.
 * EvalDecisionDetails is present (and empty) for same-account simulations of named resources, absent
 * for `*`, and summarizes each policy type for cross-account ones. PermissionsBoundaryDecisionDetail is
 * present when a permissions boundary is part of the simulation.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResourceSpecificResult.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import { compilePolicySet, type PolicySet, type PolicySetInput } from '../../../policy/authorize/policy-set.js';
import type {
  AuthorizationRequest,
  Decision,
  PolicyType,
  PrincipalInfo,
  StatementTrace,
} from '../../../policy/authorize/types.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import { parseArn } from '../../../policy/match/arn.js';
import { ResultMap, type ResultStruct, type ResultValue } from '../../common/operation.js';
import type { SimulationSources } from './simulation-sources.js';

export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface SimulationRequest {
  readonly principal: PrincipalInfo;
  /** The principal's account (where identity policies live). */
  readonly account: string;
  readonly policies: PolicySetInput;
  readonly sources: SimulationSources;
  readonly actions: readonly string[];
  /** The ResourceArns given, or undefined for `*`. */
  readonly resources: readonly string[] | undefined;
  readonly context: Readonly<Record<string, ContextValue>>;
  /** ResourceOwner's account: the owner of resources whose ARN names no account. */
  readonly resourceOwner: string | undefined;
  readonly now: Date;
}

interface ResourceOutcome {
  readonly resource: string;
  readonly decision: EvalDecision;
  readonly matched: ResultStruct[];
  readonly missing: string[];
  readonly boundaryAllows: boolean | undefined;
  readonly details: ResultMap | undefined;
}

const SEVERITY: Record<EvalDecision, number> = { allowed: 0, implicitDeny: 1, explicitDeny: 2 };
const DECISIONS: Record<Decision['decision'], EvalDecision> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};
/** Names of the policy types in EvalDecisionDetails of cross-account simulations. */
const DETAIL_NAMES: Partial<Record<PolicyType, string>> = {
  identity: 'IAM Policy',
  resource: 'Resource Policy',
  boundary: 'Permissions Boundary Policy',
};

/** One policy type's decision from a trace: any matching Deny, else any matching Allow. */
function layerDecision(trace: readonly StatementTrace[], type: PolicyType): EvalDecision {
  const matched = trace.filter((t) => t.policyType === type && t.matched);
  if (matched.some((t) => t.effect === 'Deny')) return 'explicitDeny';
  return matched.length > 0 ? 'allowed' : 'implicitDeny';
}

class Simulation {
  private readonly set: PolicySet;
  private readonly boundaryOnly: PolicySet | undefined;

  constructor(private readonly request: SimulationRequest) {
    this.set = compilePolicySet(request.policies);
    const boundary = request.policies.boundary;
    this.boundaryOnly = boundary ? compilePolicySet({ identity: [boundary] }) : undefined;
  }

  private resourceAccount(resource: string): string {
    const account = resource === '*' ? undefined : parseArn(resource)?.account;
    return account || this.request.resourceOwner || this.request.account;
  }

  evaluate(action: string, resource: string, named: boolean): ResourceOutcome {
    const request = this.request;
    const resourceAccount = this.resourceAccount(resource);
    const crossAccount = resourceAccount !== request.account;
    const authorization: AuthorizationRequest = {
      principal: request.principal,
      action,
      resource,
      context: request.context,
      now: request.now,
      resourceAccount,
    };
    const decision = authorize(authorization, this.set, { trace: named && crossAccount });
    let boundaryAllows: boolean | undefined;
    if (this.boundaryOnly) {
      const sameAccount = { ...authorization, resourceAccount: request.account };
      boundaryAllows = authorize(sameAccount, this.boundaryOnly).decision === 'Allow';
    }
    let details: ResultMap | undefined;
    if (named) {
      const entries: [string, ResultValue][] = [];
      if (crossAccount && decision.trace) {
        const types: PolicyType[] = ['identity', 'resource'];
        if (request.policies.boundary) types.push('boundary');
        for (const type of types) entries.push([DETAIL_NAMES[type]!, layerDecision(decision.trace, type)]);
      }
      details = new ResultMap(entries);
    }
    return {
      resource,
      decision: DECISIONS[decision.decision],
      matched: decision.decidingStatements.map((ref) => request.sources.statementShape(ref)),
      missing: request.sources.spelled(decision.missingContextKeys),
      boundaryAllows,
      details,
    };
  }
}

const boundaryDetail = (allows: boolean | undefined) =>
  allows === undefined ? undefined : { AllowedByPermissionsBoundary: allows };

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** The EvaluationResult of one action over the requested resources. */
function actionResult(simulation: Simulation, action: string, resources: readonly string[] | undefined): ResultStruct {
  const named = resources !== undefined;
  const outcomes = (resources ?? ['*']).map((r) => simulation.evaluate(action, r, named));
  const worst = outcomes.reduce((a, b) => (SEVERITY[b.decision] > SEVERITY[a.decision] ? b : a));
  const deciding = outcomes.filter((o) => o.decision === worst.decision);
  const boundaries = outcomes.map((o) => o.boundaryAllows);
  const detailEntries = unique(
    outcomes.flatMap((o) => o.details?.entries ?? []),
    ([key]) => key,
  );
  return {
    EvalActionName: action,
    EvalResourceName: worst.resource,
    EvalDecision: worst.decision,
    MatchedStatements: unique(
      deciding.flatMap((o) => o.matched),
      (s) => JSON.stringify(s),
    ),
    MissingContextValues: unique(
      outcomes.flatMap((o) => o.missing),
      (k) => k.toLowerCase(),
    ),
    PermissionsBoundaryDecisionDetail: boundaryDetail(
      boundaries[0] === undefined ? undefined : boundaries.every((b) => b === true),
    ),
    EvalDecisionDetails: named ? new ResultMap(detailEntries) : undefined,
    ResourceSpecificResults: named
      ? outcomes.map((o) => ({
          EvalResourceName: o.resource,
          EvalResourceDecision: o.decision,
          MatchedStatements: o.matched,
          MissingContextValues: o.missing,
          EvalDecisionDetails: o.details && o.details.entries.length > 0 ? o.details : undefined,
          PermissionsBoundaryDecisionDetail: boundaryDetail(o.boundaryAllows),
        }))
      : undefined,
  };
}

/** One EvaluationResult per action, in the order the actions were given. */
export function simulate(request: SimulationRequest): ResultStruct[] {
  const simulation = new Simulation(request);
  // "*" given explicitly is the same as no ResourceArns: all resources.
  const named = request.resources?.some((r) => r !== '*') ?? false;
  const resources = named ? request.resources : undefined;
  return request.actions.map((action) => actionResult(simulation, action, resources));
}
