/**
 * The doctor (`#/tools/doctor`): the Image Builder prerequisites report for the signed-in account
 * (GET /_ibiam/api/doctor): summary, findings by severity with their fixes, and "Apply fix" / "Apply all
 * fixes", which send each fix action as its IAM call through the SDK as the signed-in principal, show each
 * call's outcome (AccessDenied included), then run the report again.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { Loaded, PageTitle, Table } from '../../ui/basics.js';
import { useAsync } from '../../ui/use-async.js';
import { applyPlanned, type ApplyOutcome } from './doctor-apply.js';
import { FindingCard } from './doctor-finding.js';
import { planFixes } from './doctor-fix-commands.js';
import type { DoctorFinding, DoctorReport, Severity } from './doctor-types.js';

const GROUPS: readonly (readonly [Severity, string])[] = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Information'],
];

const OUTCOME_TEXT: Record<ApplyOutcome['outcome'], string> = {
  applied: 'Applied',
  exists: 'Already in place',
  failed: 'Failed',
  'not-applicable': 'Not applied: not an IAM change',
  'other-account': 'Not applied: another account',
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function Outcomes(props: { outcomes: readonly ApplyOutcome[]; running: boolean }) {
  return (
    <section class="ib-panel" aria-label="Fix results">
      <h2>Fix results{props.running ? ' (applying…)' : ''}</h2>
      <Table
        rows={props.outcomes}
        columns={[
          { title: 'Call', cell: (o) => <code>{o.description}</code> },
          {
            title: 'Outcome',
            cell: (o) => <span class={`doctor-outcome-${o.outcome}`}>{OUTCOME_TEXT[o.outcome]}</span>,
          },
          { title: 'Detail', cell: (o) => o.detail },
        ]}
      />
    </section>
  );
}

export function DoctorPage() {
  const { clients, session } = useApp();
  const report = useAsync(() => clients.ibiam.get<DoctorReport>('/_ibiam/api/doctor'), [clients]);
  const [outcomes, setOutcomes] = useState<readonly ApplyOutcome[] | undefined>(undefined);
  const [running, setRunning] = useState(false);

  const apply = async (findings: readonly DoctorFinding[]) => {
    const plan = planFixes(findings, session.accountId);
    setRunning(true);
    setOutcomes([]);
    try {
      await applyPlanned(clients.iam, session.accountId, [...plan.mine, ...plan.others], setOutcomes);
    } finally {
      setRunning(false);
      report.reload();
    }
  };

  return (
    <section>
      <PageTitle title="Doctor">
        <button type="button" class="secondary" disabled={report.loading} onClick={report.reload}>
          Run again
        </button>
        <button
          type="button"
          disabled={running || !report.value || report.value.findings.every((f) => !f.fix?.actions?.length)}
          onClick={() => report.value && apply(report.value.findings)}
        >
          Apply all fixes
        </button>
      </PageTitle>
      <p>
        The EC2 Image Builder prerequisites of account <code>{session.accountId}</code>, checked as{' '}
        <code>{session.arn}</code>. Fixes are applied as this principal, through IAM.
      </p>
      {outcomes && <Outcomes outcomes={outcomes} running={running} />}
      <Loaded
        state={report}
        render={(value) => (
          <>
            <p class="doctor-summary" data-testid="doctor-summary">
              <span class="deny">{count(value.summary.errors, 'error')}</span>,{' '}
              <span class="doctor-warn">{count(value.summary.warnings, 'warning')}</span>,{' '}
              <span class="allow">{value.summary.passed} passed</span>
              {report.loading && <span class="loading"> — running again…</span>}
            </p>
            {value.findings.length === 0 && <p class="empty">No findings: every check passed.</p>}
            {GROUPS.map(([severity, title]) => {
              const findings = value.findings.filter((f) => f.severity === severity);
              if (findings.length === 0) return null;
              return (
                <section key={severity}>
                  <h2>
                    {title} ({findings.length})
                  </h2>
                  {findings.map((finding, index) => (
                    <FindingCard
                      key={`${finding.id} ${finding.resource} ${index}`}
                      finding={finding}
                      account={session.accountId}
                      busy={running}
                      onApply={(f) => apply([f])}
                    />
                  ))}
                </section>
              );
            })}
          </>
        )}
      />
    </section>
  );
}
