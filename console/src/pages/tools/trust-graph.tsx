/**
 * Trust at a glance (`#/tools/trust`): who may assume which role and who may pass which role to which
 * service, across every signed-in account (ibiam's `GET /_ibiam/api/trust-graph`, authorized as
 * iam:GetAccountAuthorizationDetails in each account), as a drawing and as a table.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_compare-resource-policies.html
 */
import { useApp } from '../../app-context.js';
import { ErrorBox, Loaded, PageTitle } from '../../ui/basics.js';
import { useAsync } from '../../ui/use-async.js';
import { loadTrustGraphs, type SessionGraph } from './trust-graph-load.js';
import { TrustGraphSvg } from './trust-graph-svg.js';
import { TrustGraphTable } from './trust-graph-table.js';
import type { TrustGraph } from './trust-graph-types.js';

function principalName(arn: string): string {
  return arn.split(':').slice(5).join(':') || arn;
}

function roleCount(graph: TrustGraph): number {
  return graph.nodes.filter((node) => node.kind === 'role' && node.account === graph.account).length;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function SessionStatus(props: { entry: SessionGraph }) {
  const { entry } = props;
  const who = `Account ${entry.session.accountId} as ${principalName(entry.session.arn)}`;
  return (
    <li>
      {entry.graph ? (
        <span>
          {who}: {count(roleCount(entry.graph), 'role')}, {count(entry.graph.edges.length, 'edge')}.
        </span>
      ) : (
        <span>{who}: not loaded.</span>
      )}
      {entry.error !== undefined && <ErrorBox error={entry.error} />}
    </li>
  );
}

export function TrustGraphPage() {
  const { sessions } = useApp();
  const state = useAsync(() => loadTrustGraphs(sessions), [sessions]);
  return (
    <section>
      <PageTitle title="Trust at a glance">
        <button type="button" class="secondary" disabled={state.loading} onClick={state.reload}>
          Reload
        </button>
      </PageTitle>
      <p class="hint">
        Every signed-in account ({sessions.length}) is asked with its own credentials. Sign in to more
        accounts (Add account) to see both sides of cross-account trust.
      </p>
      <Loaded
        state={state}
        render={({ perSession, merged }) => (
          <>
            <section aria-label="Accounts">
              <h2>Accounts</h2>
              <ul class="tg-accounts">
                {perSession.map((entry, index) => (
                  <SessionStatus key={index} entry={entry} />
                ))}
              </ul>
            </section>
            <section aria-label="Graph">
              <h2>Graph</h2>
              <TrustGraphSvg graph={merged} />
            </section>
            <section aria-label="Edges">
              <h2>Edges</h2>
              <TrustGraphTable graph={merged} />
            </section>
          </>
        )}
      />
    </section>
  );
}
