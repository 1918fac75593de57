/**
 * The `identity` edges: for roles of other accounts (the `roleArn` parameters: roles the console learned
 * from another account's graph), each user and role of this account whose own policies allow
 * sts:AssumeRole on the role — this account's side of a cross-account request, decided by the engine
 * with the principal's identity policies, boundary and session policies. The role's trust policy is the
 * other account's side: its graph holds the matching `trust` edge.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html
 */
import { allowedBy } from './edge-detail.js';
import type { GraphScope } from './scope.js';
import type { GraphEdge, GraphNode } from './types.js';

export interface IdentityEdges {
  readonly edges: GraphEdge[];
  /** The roles of other accounts asked about. */
  readonly nodes: GraphNode[];
}

export function identityEdges(scope: GraphScope, roleArns: readonly string[]): IdentityEdges {
  const result: IdentityEdges = { edges: [], nodes: [] };
  for (const roleArn of new Set(roleArns)) {
    const owner = roleArn.split(':')[4] ?? '';
    if (owner === scope.account) continue; // the account's own roles have their `both` edges
    result.nodes.push({
      id: roleArn,
      kind: 'role',
      account: owner,
      label: roleArn.slice(roleArn.lastIndexOf('/') + 1),
    });
    const request = { action: 'sts:AssumeRole', resource: roleArn, resourceAccount: owner };
    for (const { node, caller } of scope.principals) {
      const decision = scope.engine.identitySide(caller, request);
      if (decision.decision !== 'Allow') continue;
      const detail = allowedBy(decision.decidingStatements);
      result.edges.push({ from: node.id, to: roleArn, kind: 'assume', side: 'identity', detail });
    }
  }
  return result;
}
