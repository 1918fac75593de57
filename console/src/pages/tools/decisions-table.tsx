/**
 * The rows of the decision log: time, principal, action, resource, decision (coloured), the layer that
 * blocked it, the deciding statements, and for a denial a "Simulate" link to the policy simulator.
 */
import { useApp } from '../../app-context.js';
import { Table } from '../../ui/basics.js';
import { needsRoleLookup } from '../../ui/ib-principal-arn.js';
import { denialSimulatorHref, isDenial, statementText, type DecisionLogEntry } from './decisions-feed.js';
import { useRoleArns } from './decisions-roles.js';

function Time(props: { time: string }) {
  const date = new Date(props.time);
  return (
    <time dateTime={props.time} title={props.time}>
      {Number.isNaN(date.getTime()) ? props.time : date.toLocaleTimeString()}
    </time>
  );
}

export function DecisionsTable(props: { rows: readonly DecisionLogEntry[] }) {
  const { clients, session } = useApp();
  const roleArns = useRoleArns(
    clients,
    props.rows.some((row) => isDenial(row) && needsRoleLookup(row.principal, session.accountId)),
  );
  return (
    <div class="decisions-table">
      <Table
        rows={props.rows}
        empty="No decisions match."
        columns={[
          { title: 'Time', cell: (e) => <Time time={e.time} /> },
          { title: 'Principal', cell: (e) => <code>{e.principal}</code> },
          { title: 'Action', cell: (e) => <code>{e.action}</code> },
          { title: 'Resource', cell: (e) => <code>{e.resource}</code> },
          { title: 'Decision', cell: (e) => <span class={`decision-${e.decision}`}>{e.decision}</span> },
          { title: 'Blocked by', cell: (e) => e.blockedBy },
          {
            title: 'Deciding statements',
            cell: (e) => (
              <>
                {e.deciding.map((s, i) => (
                  <div key={i}>
                    <code>{statementText(s)}</code>
                  </div>
                ))}
                {e.missingContextKeys && e.missingContextKeys.length > 0 && (
                  <div class="doctor-note">Missing context keys: {e.missingContextKeys.join(', ')}</div>
                )}
              </>
            ),
          },
          {
            title: 'Simulator',
            cell: (e) =>
              isDenial(e) && <a href={denialSimulatorHref(e, session.accountId, roleArns)}>Simulate</a>,
          },
        ]}
      />
    </div>
  );
}
