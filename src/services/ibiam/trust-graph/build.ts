/**
 * The trust graph of one account: its users and roles (and the principals outside it that its roles'
 * trust policies allow) as nodes; who may assume which of its roles, who may pass which of them to which
 * service, and which of its principals may assume the given roles of other accounts, as edges. Every
 * edge is an engine decision (see graph-engine), never a reading of policy text.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { StoreTx } from '../../../store/store.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import { assumeEdges } from './assume-edges.js';
import { GraphEngine } from './graph-engine.js';
import { identityEdges } from './identity-edges.js';
import { passEdges } from './pass-edges.js';
import { localPrincipals } from './principals.js';
import type { GraphScope } from './scope.js';
import type { TrustGraph } from './types.js';

export interface GraphRequest {
  readonly tx: StoreTx;
  readonly awsManaged: AwsManagedPolicies;
  readonly account: string;
  readonly region: string;
  readonly now: Date;
  /** Roles of other accounts to find this account's `identity` edges to. */
  readonly roleArns: readonly string[];
}

export async function buildTrustGraph(request: GraphRequest): Promise<TrustGraph> {
  const { tx, account } = request;
  const users = await tx.list('users', account);
  const roles = await tx.list('roles', account);
  const principals = localPrincipals(users, roles);
  const engine = new GraphEngine(tx, request.awsManaged, request.region, request.now);
  await engine.load(principals.map((p) => p.caller));
  const scope: GraphScope = { account, roles, principals, engine };
  const assume = assumeEdges(scope);
  const pass = passEdges(scope, assume.services);
  const identity = identityEdges(scope, request.roleArns);
  const nodes = [...principals.map((p) => p.node), ...assume.nodes, ...identity.nodes];
  return {
    account,
    nodes: [...new Map(nodes.map((node) => [node.id, node])).values()],
    edges: [...assume.edges, ...pass, ...identity.edges],
  };
}
