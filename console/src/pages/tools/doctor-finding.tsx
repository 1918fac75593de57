/**
 * One doctor finding: check id, resource, message and source; its fix as AWS CLI commands and the
 * policy document it writes; and "Apply fix" — or why the console cannot apply it (another account, or
 * not an IAM change).
 */
import { JsonView } from '../../ui/basics.js';
import { fixAccount, fixCommand } from './doctor-fix-commands.js';
import type { DoctorFinding } from './doctor-types.js';

export function FindingCard(props: {
  finding: DoctorFinding;
  account: string;
  busy: boolean;
  onApply: (finding: DoctorFinding) => void;
}) {
  const { finding } = props;
  const actions = finding.fix?.actions ?? [];
  const fixIn = fixAccount(finding);
  const iamActions = actions.filter((action) => fixCommand(action).kind === 'iam');
  const unsupported = actions.flatMap((action) => {
    const command = fixCommand(action);
    return command.kind === 'unsupported' ? [command.reason] : [];
  });
  const cli = finding.fix?.cli ?? [];
  const policy = finding.fix?.policy;
  return (
    <article
      class={`doctor-finding doctor-${finding.severity}`}
      aria-label={`${finding.id} ${finding.resource}`}
    >
      <header>
        <span class={`doctor-severity doctor-severity-${finding.severity}`}>{finding.severity}</span>{' '}
        <strong>{finding.id}</strong> <code>{finding.resource}</code>
        {fixIn !== props.account && <span class="doctor-note"> (account {fixIn})</span>}
      </header>
      <p>{finding.message}</p>
      <p class="doctor-source">Source: {finding.source}</p>
      {cli.length > 0 && (
        <>
          <h4>Fix (AWS CLI)</h4>
          <pre class="json doctor-cli">{cli.join('\n')}</pre>
        </>
      )}
      {policy !== undefined && policy !== null && (
        <details class="doctor-policy">
          <summary>Policy document</summary>
          <JsonView value={policy} />
        </details>
      )}
      {unsupported.map((reason) => (
        <p key={reason} class="doctor-note">
          {reason}
        </p>
      ))}
      {iamActions.length > 0 &&
        (fixIn === props.account ? (
          <div class="buttons">
            <button type="button" disabled={props.busy} onClick={() => props.onApply(finding)}>
              Apply fix
            </button>
          </div>
        ) : (
          <p class="doctor-note">This fix runs in account {fixIn}: sign in to that account to apply it.</p>
        ))}
    </article>
  );
}
