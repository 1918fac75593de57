/**
 * Authorizing what a simulated build or lifecycle step does, as the principal AWS would use: every
 * request goes through the enforcement point (Enforcer.decide, so it lands in the decision log); a
 * refusal becomes a StepFailure whose reason names the step, the principal, the action, the resource and
 * what is missing — the explicit deny, the trust policy, boundary or resource policy that blocked it, or
 * the AWS managed policy that would have granted it (found by evaluating it, see managed-policy-hint).
 * The refused request is kept as data too (RefusedRequest), for ibiam's GetImageFailure.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
 */
import type { Decision } from '../../../policy/authorize/types.js';
import type { StoreTx } from '../../../store/store.js';
import type { Enforcer, RequestFacts } from '../../common/enforce/enforcer.js';
import { policyNameOf } from '../../common/enforce/policy-documents.js';
import type { AccessCheck } from '../../common/operation.js';
import { grantingManagedPolicy } from './managed-policy-hint.js';
import type { Actor } from './principals.js';

/** A request of a step, with an optional hint for when no AWS managed policy grants it. */
export interface StepCheck extends AccessCheck {
  readonly suggestion?: string;
}

/** The IAM request a step was refused: who asked (and with which role), what, on what, with which keys. */
export interface RefusedRequest {
  /** The assumed-role session ARN, or the service principal's name. */
  readonly principalArn: string;
  /** The role behind the session (absent for service principals). */
  readonly roleArn?: string;
  readonly action: string;
  readonly resource: string;
  /** The request's condition keys, each as a list of values. */
  readonly context?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A step that cannot go on; `reason` is what the image or execution reports, `step` the step's name and,
 * when IAM refused a request, `refused` that request.
 */
export class StepFailure extends Error {
  constructor(
    readonly reason: string,
    readonly step?: string,
    readonly refused?: RefusedRequest,
  ) {
    super(reason);
  }
}

/** The request as data, for a refusal. */
export function refusedRequest(actor: Actor, check: AccessCheck): RefusedRequest {
  const context = Object.entries(check.context ?? {}).map(
    ([key, value]) => [key, typeof value === 'string' ? [value] : [...value]] as const,
  );
  return {
    principalArn: actor.caller.arn,
    ...(actor.role ? { roleArn: actor.role.arn } : {}),
    action: check.action,
    resource: check.resource,
    ...(context.length > 0 ? { context: Object.fromEntries(context) } : {}),
  };
}

const LAYER: Record<string, string> = {
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
};

/** What is missing for the request to be allowed, in words. */
export function missingGrant(actor: Actor, check: StepCheck, decision: Decision, granting?: string): string {
  const role = actor.role;
  if (decision.decision === 'ExplicitDeny') {
    const policies = [...new Set(decision.decidingStatements.map((s) => s.policyId))].join(', ');
    return `an explicit deny in ${policies} must be removed`;
  }
  const blockedBy = decision.blockedBy ?? 'identity';
  if (blockedBy === 'trust') {
    return `the trust policy of role ${check.resource} must allow ${actor.caller.principal.arn} to perform ${check.action}`;
  }
  if (blockedBy === 'resource') {
    return `the resource-based policy of ${check.resourcePolicy?.id ?? check.resource} must allow it`;
  }
  if (blockedBy === 'boundary' && role?.permissionsBoundaryArn) {
    return `the permissions boundary ${role.permissionsBoundaryArn} of role ${role.name} must allow it`;
  }
  if (blockedBy !== 'identity') return `the ${LAYER[blockedBy] ?? blockedBy} must allow it`;
  const holder = role ? `role ${role.name}` : actor.label;
  if (granting) {
    return `the AWS managed policy ${policyNameOf(granting)} (${granting}) would allow it: attach it to ${holder}`;
  }
  return (
    check.suggestion ??
    `no policy of ${holder} allows it: add one that allows ${check.action} on ${check.resource}`
  );
}

export class StepAuthorizer {
  constructor(
    private readonly enforcer: Enforcer,
    private readonly tx: StoreTx,
    private readonly facts: RequestFacts,
  ) {}

  /** The engine's decision (logged), without failing. */
  decide(actor: Actor, check: AccessCheck): Promise<Decision> {
    return this.enforcer.decide(actor.caller, check, this.tx, this.facts);
  }

  /** Throws a StepFailure unless the request is allowed. */
  async require(actor: Actor, check: StepCheck): Promise<void> {
    const decision = await this.decide(actor, check);
    if (decision.decision === 'Allow') return;
    throw new StepFailure(this.refusal(actor, check, decision), undefined, refusedRequest(actor, check));
  }

  /** Every request in order; the first refused one throws. */
  async requireAll(actor: Actor, checks: readonly StepCheck[]): Promise<void> {
    for (const check of checks) await this.require(actor, check);
  }

  /** The reason text for a refused request. */
  refusal(actor: Actor, check: StepCheck, decision: Decision): string {
    const granting =
      decision.decision === 'ImplicitDeny' && (decision.blockedBy ?? 'identity') === 'identity'
        ? grantingManagedPolicy(this.enforcer.awsManaged, actor, check, this.facts.region, this.facts.now)
        : undefined;
    const why =
      decision.decision === 'ExplicitDeny'
        ? 'explicitly denied'
        : `no ${decision.blockedBy === 'trust' ? 'trust policy statement' : 'policy'} allows it`;
    return (
      `${actor.label} is not authorized to perform ${check.action} on resource ${check.resource} ` +
      `(${why}). Missing: ${missingGrant(actor, check, decision, granting)}.`
    );
  }
}
