/**
 * The shapes of ibiam's `GET /_ibiam/api/trust-graph` answer (one account's view: who may assume which role
 * of it, who may pass which role to which service), and of the graph the console draws after merging the
 * answers of every signed-in account. Contract: /work/briefs/console-api.md, "trust-graph".
 */

export type TrustNodeKind =
  'user' | 'role' | 'group' | 'root' | 'account' | 'service' | 'federated' | 'anyone';

export interface TrustNode {
  readonly id: string;
  readonly kind: TrustNodeKind;
  readonly account?: string;
  readonly label: string;
}

export interface TrustEdge {
  readonly from: string;
  /** The role's ARN. */
  readonly to: string;
  readonly kind: 'assume' | 'pass';
  /** For `pass`: the service principal the role is passed to (ec2.amazonaws.com). */
  readonly service?: string;
  /** Which side of the request this account's answer knows: its trust policy, its identity policies, or both. */
  readonly side: 'trust' | 'identity' | 'both';
  /** Which policy and statement allow it, in words. */
  readonly detail: string;
}

/** One account's answer. */
export interface TrustGraph {
  readonly account: string;
  readonly nodes: readonly TrustNode[];
  readonly edges: readonly TrustEdge[];
}

/**
 * How complete an edge of the merged graph is:
 * - `effective`: both sides allow it (same account, or a cross-account trust edge met by the other
 *   account's identity edge).
 * - `trust-only`: the role's trust policy allows it, but the principal's side is unknown (no session in
 *   its account, a service, a federated provider) or no principal there is allowed.
 * - `identity-only`: a principal's own policies allow sts:AssumeRole on a role of another account whose
 *   trust policy does not name it: it cannot assume the role.
 */
export type EdgeStatus = 'effective' | 'trust-only' | 'identity-only';

export interface MergedEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'assume' | 'pass';
  readonly service?: string;
  readonly status: EdgeStatus;
  readonly crossAccount: boolean;
  /** The detail of each side that contributed. */
  readonly details: readonly string[];
}

export interface MergedGraph {
  readonly nodes: readonly TrustNode[];
  readonly edges: readonly MergedEdge[];
}
