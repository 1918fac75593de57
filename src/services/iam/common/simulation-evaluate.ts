/**
 * Runs a simulation through the policy engine (compilePolicySet + authorize, the evaluation the
 * enforcement point performs), one action on one resource at a time: the decision, the deciding
 * statements located in their documents, the missing context values, and what the permissions boundary
 * and the SCPs decide on their own (PermissionsBoundaryDecisionDetail, OrganizationsDecisionDetail). For
 * cross-account resources a trace gives each policy type's own decision. SCP statements and keys are not
 * reported ("Only statements from identity-based and resource-based policies appear here"). One result
 * per action ("The simulator now returns a single EvaluationResult per action").
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
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
import type { ContextValue } from '../../../policy/condition/types.js';
import { parsePolicy } from '../../../policy/document/parse.js';
import { parseArn } from '../../../policy/match/arn.js';
import type { ResultStruct } from '../../common/operation.js';
import { evaluationResult, type EvalDecision, type ResourceOutcome } from './simulation-results.js';
import type { SimulationSources } from './simulation-sources.js';

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

/** One policy type's decision from a trace: any matching Deny, else any matching Allow. */
function layerDecision(trace: readonly StatementTrace[], type: PolicyType): EvalDecision {
  const matched = trace.filter((t) => t.policyType === type && t.matched);
  if (matched.some((t) => t.effect === 'Deny')) return 'explicitDeny';
  return matched.length > 0 ? 'allowed' : 'implicitDeny';
}

/** A simulation's compiled policies, deciding one action on one resource at a time. */
export class Simulation {
  private readonly set: PolicySet;
  private readonly boundaryOnly: PolicySet | undefined;
  private readonly organizationsOnly: PolicySet | undefined;

  constructor(readonly request: SimulationRequest) {
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

  /** The engine's request for one action on one resource. */
  authorization(action: string, resource: string): AuthorizationRequest {
    const request = this.request;
    return {
      principal: request.principal,
      action,
      resource,
      context: request.context,
      now: request.now,
      resourceAccount: this.resourceAccount(resource),
    };
  }

  /** The engine's decision on one action on one resource, with a trace of every statement if asked. */
  decide(action: string, resource: string, trace: boolean): Decision {
    return authorize(this.authorization(action, resource), this.set, { trace });
  }

  evaluate(action: string, resource: string, named: boolean): ResourceOutcome {
    const request = this.request;
    const authorization = this.authorization(action, resource);
    const crossAccount = authorization.resourceAccount !== request.account;
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

/** One EvaluationResult per action, in the order the actions were given. */
export function simulate(request: SimulationRequest): ResultStruct[] {
  const simulation = new Simulation(request);
  // "*" given explicitly is the same as no ResourceArns: all resources.
  const named = request.resources?.some((r) => r !== '*') ?? false;
  const resources = named ? request.resources : undefined;
  return request.actions.map((action) =>
    evaluationResult(
      action,
      resources,
      (resources ?? ['*']).map((resource) => simulation.evaluate(action, resource, named)),
    ),
  );
}
