/**
 * Runs a simulation through the policy engine (compilePolicySet + authorize, the evaluation the
 * enforcement point performs) and shapes AWS's EvaluationResult: one result per action ("The simulator
 * now returns a single EvaluationResult per action, regardless of how many resource ARNs are provided"),
 * whose top-level decision is the most restrictive across the requested resources (explicitDeny, then
 * implicitDeny, then allowed), with the union of the statements behind that decision and of the missing
 * context values, and ResourceSpecificResults for each resource when ResourceArns name resources. The
 * top-level EvalResourceName is the ARN template of the simulated resource type (`*` when there is none
 * or when all resources were simulated). EvalDecisionDetails is absent for `*`, empty for same-account
 * resources and, for cross-account ones, gives each policy type's decision (most restrictive across
 * resources at the top level). PermissionsBoundaryDecisionDetail appears when a permissions boundary is
 * simulated, OrganizationsDecisionDetail when SCPs are. SCP statements and keys are not reported.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResourceSpecificResult.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import {
  compilePolicySet,
  type PolicySet,
  type PolicySetInput,
} from '../../../policy/authorize/policy-set.js';
import type {
  AuthorizationRequest,
  Decision,
  PolicyType,
  PrincipalInfo,
  StatementTrace,
} from '../../../policy/authorize/types.js';
import { defaultCatalog } from '../../../policy/catalog/index.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import { parsePolicy } from '../../../policy/document/parse.js';
import { parseArn } from '../../../policy/match/arn.js';
import { ResultMap, type ResultStruct } from '../../common/operation.js';
import type { SimulationSources } from './simulation-sources.js';

export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface SimulationRequest {
  readonly principal: PrincipalInfo;
  /** The principal's account (where identity policies live). */
  readonly account: string;
  readonly policies: PolicySetInput;
  readonly sources: SimulationSources;
  readonly actions: readonly string[];
  /** The ResourceArns given, or undefined (all resources, `*`). */
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
  readonly organizationsAllow: boolean | undefined;
  /** Per policy type, for cross-account resources; empty for same-account ones. */
  readonly details: readonly (readonly [string, EvalDecision])[];
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
const ALLOW_ALL = parsePolicy(
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
).document!;

const stricter = (a: EvalDecision, b: EvalDecision) => (SEVERITY[b] > SEVERITY[a] ? b : a);

/** One policy type's decision from a trace: any matching Deny, else any matching Allow. */
function layerDecision(trace: readonly StatementTrace[], type: PolicyType): EvalDecision {
  const matched = trace.filter((t) => t.policyType === type && t.matched);
  if (matched.some((t) => t.effect === 'Deny')) return 'explicitDeny';
  return matched.length > 0 ? 'allowed' : 'implicitDeny';
}

/** The ARN template of the resource type an action acts on for these resources, or `*`. */
function resourceTemplate(action: string, resources: readonly string[] | undefined): string {
  if (!resources) return '*';
  const [service = '', name = ''] = action.split(':');
  const info = defaultCatalog.action(service, name);
  if (!info) return '*';
  for (const resource of resources) {
    const type = defaultCatalog.resourceTypesForArn(info, resource)[0];
    const format = type ? defaultCatalog.resourceType(info.service, type)?.arnFormat : undefined;
    if (format) return format;
  }
  return '*';
}

class Simulation {
  private readonly set: PolicySet;
  private readonly boundaryOnly: PolicySet | undefined;
  private readonly organizationsOnly: PolicySet | undefined;

  constructor(private readonly request: SimulationRequest) {
    const policies = request.policies;
    this.set = compilePolicySet(policies);
    this.boundaryOnly = policies.boundary ? compilePolicySet({ identity: [policies.boundary] }) : undefined;
    this.organizationsOnly =
      policies.scps && policies.scps.length > 0
        ? compilePolicySet({ identity: [{ id: 'allow-all', document: ALLOW_ALL }], scps: policies.scps })
        : undefined;
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
    // The boundary and the SCPs on their own, within the principal's account.
    const alone = (set: PolicySet | undefined) =>
      set
        ? authorize({ ...authorization, resourceAccount: request.account }, set).decision === 'Allow'
        : undefined;
    const details: [string, EvalDecision][] = [];
    if (decision.trace) {
      const types: PolicyType[] = ['identity', 'resource'];
      if (request.policies.boundary) types.push('boundary');
      for (const type of types) details.push([DETAIL_NAMES[type]!, layerDecision(decision.trace, type)]);
    }
    const sources = request.sources;
    return {
      resource,
      decision: DECISIONS[decision.decision],
      matched: decision.decidingStatements
        .filter((ref) => ref.policyType !== 'scp' && ref.policyType !== 'rcp')
        .map((ref) => sources.statementShape(ref)),
      missing: sources.spelled(decision.missingContextKeys),
      boundaryAllows: alone(this.boundaryOnly),
      organizationsAllow: alone(this.organizationsOnly),
      details,
    };
  }
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** True only when every resource's answer is true; undefined when the detail does not apply. */
function allTrue(values: readonly (boolean | undefined)[]): boolean | undefined {
  return values[0] === undefined ? undefined : values.every((v) => v === true);
}

const boundaryDetail = (allows: boolean | undefined) =>
  allows === undefined ? undefined : { AllowedByPermissionsBoundary: allows };
const organizationsDetail = (allows: boolean | undefined) =>
  allows === undefined ? undefined : { AllowedByOrganizations: allows };

function detailsMap(entries: readonly (readonly [string, EvalDecision])[]): ResultMap {
  const merged = new Map<string, EvalDecision>();
  for (const [key, value] of entries) merged.set(key, stricter(merged.get(key) ?? 'allowed', value));
  return new ResultMap([...merged]);
}

/** The EvaluationResult of one action over the requested resources. */
function actionResult(
  simulation: Simulation,
  action: string,
  resources: readonly string[] | undefined,
): ResultStruct {
  const named = resources !== undefined;
  const outcomes = (resources ?? ['*']).map((r) => simulation.evaluate(action, r, named));
  const decision = outcomes.map((o) => o.decision).reduce(stricter);
  return {
    EvalActionName: action,
    EvalResourceName: resourceTemplate(action, resources),
    EvalDecision: decision,
    MatchedStatements: unique(
      outcomes.filter((o) => o.decision === decision).flatMap((o) => o.matched),
      (s) => JSON.stringify(s),
    ),
    MissingContextValues: unique(
      outcomes.flatMap((o) => o.missing),
      (k) => k.toLowerCase(),
    ),
    OrganizationsDecisionDetail: organizationsDetail(allTrue(outcomes.map((o) => o.organizationsAllow))),
    PermissionsBoundaryDecisionDetail: boundaryDetail(allTrue(outcomes.map((o) => o.boundaryAllows))),
    EvalDecisionDetails: named ? detailsMap(outcomes.flatMap((o) => o.details)) : undefined,
    ResourceSpecificResults: named
      ? outcomes.map((o) => ({
          EvalResourceName: o.resource,
          EvalResourceDecision: o.decision,
          MatchedStatements: o.matched,
          MissingContextValues: o.missing,
          EvalDecisionDetails: o.details.length > 0 ? detailsMap(o.details) : undefined,
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
