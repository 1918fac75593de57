/**
 * A simulation's answer, per action and resource: the decision (Allow, ExplicitDeny, ImplicitDeny), the
 * layer that blocked it, the summary in words, the deciding statements with their JSON, the missing
 * context keys, and the full trace: for each statement whether its action, resource and principal
 * matched, and each condition with operator, key, policy values, request value and why it matched or not.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { Table } from '../../ui/basics.js';
import { policyLabel, statementJson, valueText } from './simulator-statements.js';
import {
  LAYER_NAMES,
  type SimulatedPolicy,
  type SimulationResult,
  type StatementTrace,
} from './simulator-types.js';

function Mark(props: { value: boolean | undefined }) {
  if (props.value === undefined) return <span class="empty sim-mark">n/a</span>;
  return (
    <span class={`sim-mark ${props.value ? 'allow' : 'deny'}`}>{props.value ? 'matched' : 'no match'}</span>
  );
}

/** Statements counted from 1, as the explanations' words count them (statementIndex counts from 0). */
function statementName(s: { statementIndex: number; sid?: string }): string {
  return `Statement ${s.statementIndex + 1}${s.sid ? ` (${s.sid})` : ''}`;
}

function TraceRow(props: { entry: StatementTrace; policies: readonly SimulatedPolicy[] }) {
  const { entry } = props;
  return (
    <tr class={entry.matched ? 'sim-trace-matched' : ''}>
      <td>
        {policyLabel(props.policies, entry.policyId)}
        <div class="hint">{entry.policyType}</div>
      </td>
      <td>{statementName(entry)}</td>
      <td class={entry.effect === 'Deny' ? 'deny' : ''}>{entry.effect}</td>
      <td>
        <Mark value={entry.actionMatched} />
      </td>
      <td>
        <Mark value={entry.resourceMatched} />
      </td>
      <td>
        <Mark value={entry.principalMatched} />
      </td>
      <td>
        {entry.conditions.length === 0 ? (
          <span class="empty">none</span>
        ) : (
          <ul class="sim-conditions">
            {entry.conditions.map((condition, index) => (
              <li key={index}>
                <code>
                  {condition.operator} {condition.key}
                </code>
                : policy values{' '}
                <code>{condition.policyValues.map((v) => (v === null ? 'null' : v)).join(', ')}</code>,
                request value <code>{valueText(condition.requestValue)}</code> —{' '}
                <span class={condition.matched ? 'allow' : 'deny'}>
                  {condition.matched ? 'matched' : 'failed'}
                </span>
                : {condition.reason}
                {condition.errors?.map((error) => (
                  <div key={error} class="deny">
                    {error}
                  </div>
                ))}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <strong class={entry.matched ? 'allow' : ''}>{entry.matched ? 'Applies' : 'Does not apply'}</strong>
        <div>{entry.reason}</div>
      </td>
    </tr>
  );
}

export function SimulationResultView(props: {
  result: SimulationResult;
  policies: readonly SimulatedPolicy[];
  onAddContextKey: (key: string) => void;
}) {
  const { result, policies } = props;
  return (
    <article
      class={`sim-result sim-${result.decision}`}
      aria-label={`${result.action} on ${result.resource}`}
    >
      <h3>
        <code>{result.action}</code> on <code>{result.resource}</code>:{' '}
        <span class={`decision-${result.decision}`}>{result.decision}</span>
      </h3>
      <p class="sim-summary">{result.summary}</p>
      {result.blockedBy && (
        <p>
          Blocked by: <strong>{LAYER_NAMES[result.blockedBy] ?? result.blockedBy}</strong> ({result.blockedBy}
          )
        </p>
      )}
      <h4>Deciding statements</h4>
      {result.decidingStatements.length === 0 ? (
        <p class="empty">
          {result.decision === 'ImplicitDeny'
            ? 'No statement allows this request: it is denied by default.'
            : 'No statement is named as deciding.'}
        </p>
      ) : (
        result.decidingStatements.map((statement, index) => {
          const json = statementJson(policies, statement.policyId, statement.statementIndex);
          return (
            <div key={index} class="sim-statement">
              <p>
                <strong class={statement.effect === 'Deny' ? 'deny' : 'allow'}>{statement.effect}</strong> —{' '}
                {policyLabel(policies, statement.policyId)} ({statement.policyType}),{' '}
                {statementName(statement)}
              </p>
              {json && <pre class="json">{json}</pre>}
            </div>
          );
        })
      )}
      {result.missingContextKeys.length > 0 && (
        <>
          <h4>Missing context keys</h4>
          <p>The policies test these keys but the request does not carry them:</p>
          <ul>
            {result.missingContextKeys.map((key) => (
              <li key={key}>
                <code>{key}</code>{' '}
                <button type="button" class="link" onClick={() => props.onAddContextKey(key)}>
                  Add {key} to the context
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.errors.length > 0 && (
        <>
          <h4>Errors</h4>
          <ul>
            {result.errors.map((error) => (
              <li key={error} class="deny">
                {error}
              </li>
            ))}
          </ul>
        </>
      )}
      <details class="sim-trace" open>
        <summary>Evaluation trace ({result.trace.length} statements)</summary>
        {result.trace.length === 0 ? (
          <p class="empty">No statement was evaluated.</p>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th>Policy</th>
                <th>Statement</th>
                <th>Effect</th>
                <th>Action</th>
                <th>Resource</th>
                <th>Principal</th>
                <th>Conditions</th>
                <th>Result</th>
              </tr>
            </thead>
            <tbody>
              {result.trace.map((entry, index) => (
                <TraceRow key={index} entry={entry} policies={policies} />
              ))}
            </tbody>
          </table>
        )}
      </details>
    </article>
  );
}

/** The decisions at a glance, one row per action and resource. */
export function SimulationSummary(props: { results: readonly SimulationResult[] }) {
  return (
    <Table
      rows={props.results}
      columns={[
        { title: 'Action', cell: (r) => <code>{r.action}</code> },
        { title: 'Resource', cell: (r) => <code>{r.resource}</code> },
        { title: 'Decision', cell: (r) => <span class={`decision-${r.decision}`}>{r.decision}</span> },
        { title: 'Blocked by', cell: (r) => (r.blockedBy ? (LAYER_NAMES[r.blockedBy] ?? r.blockedBy) : '—') },
      ]}
    />
  );
}
