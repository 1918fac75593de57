/**
 * The answer of GetTrustGraph (GET /_ibiam/api/trust-graph), as the console's contract gives it: the
 * nodes (principals and roles) of one account's view and its edges — who may assume which role of the
 * account (`assume`), and who may pass which role to which service (`pass`) — with the side of the
 * request the account's policies decide (`trust`, `identity` or `both`) and, in words, what allows it.
 */

export type NodeKind = 'user' | 'role' | 'group' | 'root' | 'account' | 'service' | 'federated' | 'anyone';

export type GraphNode = {
  readonly id: string;
  readonly kind: NodeKind;
  readonly account?: string;
  readonly label: string;
};

export type EdgeSide = 'trust' | 'identity' | 'both';

export type GraphEdge = {
  readonly from: string;
  /** A role's ARN. */
  readonly to: string;
  readonly kind: 'assume' | 'pass';
  /** For `pass`: the service principal the role is passed to. */
  readonly service?: string;
  readonly side: EdgeSide;
  readonly detail: string;
};

export type TrustGraph = {
  readonly account: string;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
};
