/**
 * The `assume` edges of the account's roles:
 * - side `both`: each user and role of the account that may call sts:AssumeRole on the role, decided by
 *   the engine with the principal's own policies and the role's trust policy, as STS decides;
 * - side `trust`: each principal outside the account that the trust policy names (another account or
 *   its users and roles, a service, an identity provider, anyone) and that the trust policy allows, as
 *   the engine decides for that principal — also when it allows only once the request carries condition
 *   keys it cannot know here (sts:ExternalId, aws:SourceAccount...), which the detail then says.
 * It also reports which service principals each role trusts: the services it can be passed to.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import type { RoleRecord } from '../../../store/records.js';
import type { CompiledPolicy } from '../../../policy/evaluate/compiled-policy.js';
import { allowedBy, allowedWhen } from './edge-detail.js';
import { roleRequest, type GraphScope } from './scope.js';
import { principalsOutside, type NamedPrincipal } from './trust-principals.js';
import type { GraphEdge, GraphNode } from './types.js';

export interface AssumeEdges {
  readonly edges: GraphEdge[];
  /** The principals outside the account that edges come from. */
  readonly nodes: GraphNode[];
  /** Per role ARN: the service principals its trust policy allows. */
  readonly services: Map<string, string[]>;
}

/** Side `both`: the account's users and roles that may assume the role. */
function localEdges(scope: GraphScope, role: RoleRecord, trust: CompiledPolicy): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const request = roleRequest(role, 'sts:AssumeRole');
  for (const { node, caller } of scope.principals) {
    const decision = scope.engine.decideAs(caller, request, trust);
    if (decision.decision !== 'Allow') continue;
    const detail = allowedBy(decision.decidingStatements);
    edges.push({ from: node.id, to: role.arn, kind: 'assume', side: 'both', detail });
  }
  return edges;
}

/** Side `trust`: the edge from a named principal, when the trust policy allows it (perhaps conditionally). */
function trustEdge(scope: GraphScope, role: RoleRecord, trust: CompiledPolicy, named: NamedPrincipal) {
  for (const action of named.actions) {
    const request = roleRequest(role, action);
    const decision = scope.engine.trustSide(named.principal, request, trust);
    const via = action === 'sts:AssumeRole' ? '' : ` (${action})`;
    if (decision.decision === 'Allow') {
      return edge(named, role, allowedBy(decision.decidingStatements, via));
    }
    const conditional = scope.engine.conditionalTrust(named.principal, request, trust);
    if (conditional)
      return edge(named, role, allowedWhen(conditional.statements, conditional.missingKeys, via));
  }
  return undefined;
}

const edge = (named: NamedPrincipal, role: RoleRecord, detail: string): GraphEdge => ({
  from: named.node.id,
  to: role.arn,
  kind: 'assume',
  side: 'trust',
  detail,
});

export function assumeEdges(scope: GraphScope): AssumeEdges {
  const result: AssumeEdges = { edges: [], nodes: [], services: new Map() };
  const seen = new Set<string>();
  for (const role of scope.roles) {
    const trust = scope.engine.trustPolicy(role);
    if (!trust) continue;
    result.edges.push(...localEdges(scope, role, trust));
    const services: string[] = [];
    for (const named of principalsOutside(trust.document, scope.account)) {
      const found = trustEdge(scope, role, trust, named);
      if (!found) continue;
      result.edges.push(found);
      if (named.service) services.push(named.service);
      if (!seen.has(named.node.id)) {
        seen.add(named.node.id);
        result.nodes.push(named.node);
      }
    }
    result.services.set(role.arn, services);
  }
  return result;
}
