/**
 * The policy editor's findings: a status line (checking, valid, or counts per finding type) and the
 * table of findings (line, column, severity, issue code, details); choosing a row moves the cursor there.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html
 */
import { ErrorBox } from './basics.js';
import { countByType, type EditorFinding } from './policy-editor-findings.js';

/** Where the validation of the editor's text stands. */
export type Check =
  | { readonly state: 'idle' }
  | { readonly state: 'checking' }
  | { readonly state: 'done'; readonly rows: readonly EditorFinding[] }
  | { readonly state: 'failed'; readonly error: unknown };

export function FindingsSummary(props: { check: Check }) {
  const { check } = props;
  if (check.state === 'failed') return <ErrorBox error={check.error} />;
  const text =
    check.state === 'idle'
      ? ''
      : check.state === 'checking'
        ? 'Checking the policy…'
        : check.rows.length === 0
          ? 'No findings: the policy is valid.'
          : countByType(check.rows)
              .map(
                ([type, count]) =>
                  `${count} ${type.toLowerCase().replace('_', ' ')}${count === 1 ? '' : 's'}`,
              )
              .join(', ');
  return (
    <p class="pe-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** Columns are shown from 1, as editors count them (the API counts from 0). */
export function FindingsTable(props: {
  rows: readonly EditorFinding[];
  label: string;
  onPick: (row: EditorFinding) => void;
}) {
  if (props.rows.length === 0) return null;
  return (
    <table class="table pe-findings" aria-label={`${props.label} findings`}>
      <thead>
        <tr>
          <th>Line</th>
          <th>Column</th>
          <th>Severity</th>
          <th>Issue code</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, index) => (
          <tr
            key={index}
            class={`pe-finding pe-finding-${row.findingType}`}
            onClick={() => props.onPick(row)}
          >
            <td>{row.line ?? '—'}</td>
            <td>{row.column === undefined ? '—' : row.column + 1}</td>
            <td>
              <span class={`pe-severity pe-severity-${row.findingType}`}>{row.findingType}</span>
            </td>
            <td>
              <code>{row.issueCode}</code>
            </td>
            <td>
              {row.details}{' '}
              {row.learnMoreLink && (
                <a href={row.learnMoreLink} target="_blank" rel="noreferrer">
                  Learn more
                </a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
