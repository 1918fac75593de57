/**
 * The `pass` edges: each user and role of the account that may pass a role of the account to a service
 * the role's trust policy allows — iam:PassRole on the role with iam:PassedToService set to that service
 * principal (and the role's tags as aws:ResourceTag), decided by the engine with the principal's own
 * policies. PassRole has no resource-based side, so the account decides it whole (side `both`).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService
 */
import { allowedBy } from './edge-detail.js';
import { roleRequest, type GraphScope } from './scope.js';
import type { GraphEdge } from './types.js';

export function passEdges(
  scope: GraphScope,
  servicesByRole: ReadonlyMap<string, readonly string[]>,
): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const role of scope.roles) {
    for (const service of servicesByRole.get(role.arn) ?? []) {
      const request = roleRequest(role, 'iam:PassRole', { 'iam:PassedToService': service });
      for (const { node, caller } of scope.principals) {
        const decision = scope.engine.decideAs(caller, request);
        if (decision.decision !== 'Allow') continue;
        const detail = allowedBy(decision.decidingStatements);
        edges.push({ from: node.id, to: role.arn, kind: 'pass', service, side: 'both', detail });
      }
    }
  }
  return edges;
}
