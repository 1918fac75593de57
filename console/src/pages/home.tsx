/**
 * The landing page: who is signed in, and the account's summary (iam:GetAccountSummary).
 */
import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { useApp } from '../app-context.js';
import { Loaded, PageTitle, Table } from '../ui/basics.js';
import { useAsync } from '../ui/use-async.js';

export function Home() {
  const { session, clients } = useApp();
  const summary = useAsync(
    () => clients.iam.send(new GetAccountSummaryCommand({})).then((out) => out.SummaryMap ?? {}),
    [clients],
  );
  return (
    <section>
      <PageTitle title={`Account ${session.accountId}`} />
      <p>
        Signed in as <code>{session.arn}</code>
      </p>
      <h2>Account summary</h2>
      <Loaded
        state={summary}
        render={(map) => (
          <Table
            rows={Object.entries(map).sort(([a], [b]) => a.localeCompare(b))}
            columns={[
              { title: 'Quantity', cell: ([name]) => name },
              { title: 'Value', cell: ([, value]) => value },
            ]}
          />
        )}
      />
    </section>
  );
}
