/**
 * Merges the trust graphs of every signed-in account into one. Each account's answer knows only its own
 * side of a cross-account request: account A's `trust` edge says A's role trusts a principal of account B
 * (or B's root: every principal of B); B's `identity` edge says B's principal may call sts:AssumeRole on
 * A's role. A cross-account assume needs both, so the merged graph draws an edge where they meet.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-cross-account-resource-access.html
 * Pure: no DOM, no framework.
 */
import type {
  EdgeStatus,
  MergedEdge,
  MergedGraph,
  TrustEdge,
  TrustGraph,
  TrustNode,
} from './trust-graph-types.js';

/** The account of an ARN (`arn:aws:iam::123456789012:role/x` -> `123456789012`), or of a bare account id. */
export function accountOf(id: string): string | undefined {
  if (/^\d{12}$/.test(id)) return id;
  const parts = id.split(':');
  return parts[0] === 'arn' && parts[4] && /^\d{12}$/.test(parts[4]) ? parts[4] : undefined;
}

/** True for a node that stands for a whole account (its root, or an account id in a trust policy). */
function isWholeAccount(node: TrustNode | undefined, id: string): boolean {
  if (node && (node.kind === 'root' || node.kind === 'account')) return true;
  return /^\d{12}$/.test(id) || /^arn:[^:]+:iam::\d{12}:root$/.test(id);
}

function nodeAccount(node: TrustNode | undefined, id: string): string | undefined {
  return node?.account ?? accountOf(id);
}

/** Indexes every node of every graph by id; a node from its own account's graph wins over a mention elsewhere. */
function collectNodes(graphs: readonly TrustGraph[]): Map<string, TrustNode> {
  const nodes = new Map<string, TrustNode>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      const known = nodes.get(node.id);
      const own = (node.account ?? accountOf(node.id)) === graph.account;
      if (!known || own) nodes.set(node.id, node);
    }
  }
  return nodes;
}

/**
 * The roles of other accounts to ask `account`'s graph about (its `roleArn` parameters): the roles whose
 * trust policy names a principal of `account`, its root, or anyone.
 */
export function rolesToAsk(graphs: readonly TrustGraph[], account: string): string[] {
  const roles = new Set<string>();
  for (const graph of graphs) {
    if (graph.account === account) continue;
    const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
    for (const edge of graph.edges) {
      if (edge.kind !== 'assume' || edge.side !== 'trust') continue;
      const from = nodes.get(edge.from);
      if (from?.kind === 'anyone' || nodeAccount(from, edge.from) === account) roles.add(edge.to);
    }
  }
  return [...roles].sort();
}

/** The merged graph of several accounts' answers (one per account: a later answer for the same account is ignored). */
export function mergeTrustGraphs(answers: readonly TrustGraph[]): MergedGraph {
  const graphs = answers.filter(
    (graph, index) => answers.findIndex((g) => g.account === graph.account) === index,
  );
  const accounts = new Set(graphs.map((graph) => graph.account));
  const nodes = collectNodes(graphs);
  const edges = new Map<string, MergedEdge>();
  const add = (edge: TrustEdge, status: EdgeStatus, from: string, details: readonly string[]) => {
    const crossAccount = accountOf(from) !== undefined && accountOf(from) !== accountOf(edge.to);
    const key = [from, edge.to, edge.kind, edge.service ?? '', status].join(' ');
    const known = edges.get(key);
    const merged = known ? [...new Set([...known.details, ...details])] : details;
    edges.set(key, {
      from,
      to: edge.to,
      kind: edge.kind,
      ...(edge.service !== undefined ? { service: edge.service } : {}),
      status,
      crossAccount,
      details: merged,
    });
  };

  const identityEdges = graphs.flatMap((graph) =>
    graph.edges
      .filter((edge) => edge.kind === 'assume' && edge.side === 'identity')
      .map((edge) => ({ edge, account: graph.account })),
  );
  const matchedIdentity = new Set<TrustEdge>();

  for (const graph of graphs) {
    for (const edge of graph.edges) {
      if (edge.kind === 'pass' || edge.side === 'both') {
        add(edge, 'effective', edge.from, [edge.detail]);
        continue;
      }
      if (edge.side !== 'trust') continue;
      const from = nodes.get(edge.from);
      if (from?.kind === 'service') {
        add(edge, 'effective', edge.from, [edge.detail]); // a service has no identity side
        continue;
      }
      const principalAccount = nodeAccount(from, edge.from);
      const anyone = from?.kind === 'anyone';
      let met = false;
      for (const { edge: identity, account } of identityEdges) {
        if (identity.to !== edge.to || account === graph.account) continue;
        const names =
          anyone ||
          identity.from === edge.from ||
          (principalAccount === account && isWholeAccount(from, edge.from));
        if (!names) continue;
        matchedIdentity.add(identity);
        met = true;
        add(edge, 'effective', identity.from, [edge.detail, identity.detail]);
      }
      // Kept when nothing met it, or when it also reaches principals no signed-in account speaks for.
      const unknownSide = anyone || principalAccount === undefined || !accounts.has(principalAccount);
      if (!met || unknownSide) add(edge, 'trust-only', edge.from, [edge.detail]);
    }
  }
  for (const { edge } of identityEdges) {
    if (!matchedIdentity.has(edge)) add(edge, 'identity-only', edge.from, [edge.detail]);
  }

  const merged = [...edges.values()];
  for (const edge of merged) {
    for (const id of [edge.from, edge.to]) if (!nodes.has(id)) nodes.set(id, nodeFromId(id));
  }
  return { nodes: [...nodes.values()], edges: merged };
}

/** A node for an id no answer described (a role of an account without a session, say). */
export function nodeFromId(id: string): TrustNode {
  const account = accountOf(id);
  const resource = id.split(':').slice(5).join(':');
  const kind =
    /^\d{12}$/.test(id) || resource === 'root' ? 'root' : resource.startsWith('role/') ? 'role' : 'user';
  const label = kind === 'root' ? `Account ${account ?? id}` : (resource.split('/').pop() ?? id);
  return { id, kind, label, ...(account !== undefined ? { account } : {}) };
}
