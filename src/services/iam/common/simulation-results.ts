/**
 * Shapes a simulation's per-resource outcomes into AWS's EvaluationResult: the top-level decision is the
 * most restrictive across the requested resources (explicitDeny, then implicitDeny, then allowed), with
 * the union of the statements behind that decision and of the missing context values, and
 * ResourceSpecificResults for each resource when ResourceArns name resources. The top-level
 * EvalResourceName is "the ARN template for the simulated resource type ... or * if no ARN format is
 * defined for the action" (`*` too when all resources were simulated). EvalDecisionDetails is absent for
 * `*`, empty for same-account resources and, for cross-account ones, gives each policy type's decision
 * ("the most restrictive decision per policy type across all requested resources" at the top level).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_EvaluationResult.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResourceSpecificResult.html
 */
import { defaultCatalog } from '../../../policy/catalog/index.js';
import { ResultMap, type ResultStruct } from '../../common/operation.js';

export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** What one action on one resource came to. */
export interface ResourceOutcome {
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

export const stricter = (a: EvalDecision, b: EvalDecision) => (SEVERITY[b] > SEVERITY[a] ? b : a);

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

/**
 * The EvaluationResult of one action from its outcomes on the requested resources (`resources` undefined
 * when all resources, `*`, were simulated: one outcome).
 */
export function evaluationResult(
  action: string,
  resources: readonly string[] | undefined,
  outcomes: readonly ResourceOutcome[],
): ResultStruct {
  const named = resources !== undefined;
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
