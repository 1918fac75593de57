/**
 * Loads the trust graph of every signed-in session, each with its own signed clients: first each
 * account's own graph, then, for each account, again with the roles of other accounts that trust it
 * (`roleArn`), so its answer adds the `identity` side of cross-account assumes. A session that fails
 * (AccessDenied, say) keeps its error; the others still make the graph.
 */
import { clientsFor } from '../../aws/clients.js';
import type { ConsoleSession } from '../../aws/session.js';
import { mergeTrustGraphs, rolesToAsk } from './trust-graph-merge.js';
import type { MergedGraph, TrustGraph } from './trust-graph-types.js';

export interface SessionGraph {
  readonly session: ConsoleSession;
  readonly graph?: TrustGraph;
  readonly error?: unknown;
}

export interface LoadedTrust {
  readonly perSession: readonly SessionGraph[];
  readonly merged: MergedGraph;
}

const PATH = '/_ibiam/api/trust-graph';

async function fetchGraph(session: ConsoleSession, roleArn: readonly string[] = []): Promise<SessionGraph> {
  try {
    const graph = await clientsFor(session).ibiam.get<TrustGraph>(PATH, roleArn.length ? { roleArn } : {});
    return { session, graph };
  } catch (error) {
    return { session, error };
  }
}

export async function loadTrustGraphs(sessions: readonly ConsoleSession[]): Promise<LoadedTrust> {
  const first = await Promise.all(sessions.map((session) => fetchGraph(session)));
  const graphs = first.flatMap((entry) => (entry.graph ? [entry.graph] : []));
  // One session speaks for each account in the second round: the first whose graph loaded.
  const second = await Promise.all(
    first.map(async (entry, index) => {
      if (!entry.graph) return entry;
      const account = entry.graph.account;
      if (first.findIndex((other) => other.graph?.account === account) !== index) return entry;
      const roles = rolesToAsk(graphs, account);
      if (roles.length === 0) return entry;
      const again = await fetchGraph(entry.session, roles);
      return again.graph ? again : { ...entry, error: again.error };
    }),
  );
  const merged = mergeTrustGraphs(second.flatMap((entry) => (entry.graph ? [entry.graph] : [])));
  return { perSession: second, merged };
}
