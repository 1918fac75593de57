/**
 * The decision log, live (`#/tools/decisions`): the latest decisions that concern the signed-in account
 * (GET /_ibiam/api/decisions), then every second the ones written since the returned cursor; newest
 * first, at most 1000 kept. Filters (principal, action, decision) are applied by the server: changing one
 * reads again. Pause stops polling; Resume catches up from the cursor. A denial links to the simulator.
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html (the action it is authorized as)
 */
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { ErrorBox, Field, PageTitle } from '../../ui/basics.js';
import {
  MAX_ROWS,
  OWN_POLL_ACTION,
  visibleRows,
  type DecisionFilter,
  type Filters,
} from './decisions-feed.js';
import { useDecisionFeed } from './decisions-live.js';
import { DecisionsTable } from './decisions-table.js';

function filtersFrom(query: URLSearchParams): Filters {
  const decision = query.get('decision');
  return {
    principal: query.get('principal') ?? '',
    action: query.get('action') ?? '',
    decision: decision === 'Allow' || decision === 'Deny' ? decision : 'All',
  };
}

export function DecisionsPage(props: { query: URLSearchParams }) {
  const { clients } = useApp();
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(props.query));
  const [applied, setApplied] = useState<Filters>(filters);
  const [paused, setPaused] = useState(false);
  const [hideReads, setHideReads] = useState(true);
  const feed = useDecisionFeed(clients, applied, paused);

  // Text filters apply once typing pauses; the decision filter at once.
  useEffect(() => {
    const timer = setTimeout(() => {
      const { principal, action } = filters;
      setApplied((a) => (a.principal === principal && a.action === action ? a : { ...a, principal, action }));
    }, 300);
    return () => clearTimeout(timer);
  }, [filters.principal, filters.action]);
  useEffect(
    () => setApplied((a) => (a.decision === filters.decision ? a : { ...a, decision: filters.decision })),
    [filters.decision],
  );

  const shown = visibleRows(feed.rows, hideReads);
  const state = feed.loading
    ? 'Loading…'
    : feed.error !== undefined
      ? 'Stopped.'
      : paused
        ? 'Paused.'
        : 'Live: new decisions appear every second.';
  return (
    <section>
      <PageTitle title="Decision log">
        <button type="button" class="secondary" onClick={() => setPaused(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
      </PageTitle>
      <div class="decisions-filters">
        <Field label="Principal">
          <input
            name="principal"
            value={filters.principal}
            placeholder="ARN or part of it"
            onInput={(e) => setFilters({ ...filters, principal: e.currentTarget.value })}
          />
        </Field>
        <Field label="Action">
          <input
            name="action"
            value={filters.action}
            placeholder="iam:PassRole"
            onInput={(e) => setFilters({ ...filters, action: e.currentTarget.value })}
          />
        </Field>
        <Field label="Decision">
          <select
            name="decision"
            value={filters.decision}
            onChange={(e) => setFilters({ ...filters, decision: e.currentTarget.value as DecisionFilter })}
          >
            <option value="All">All</option>
            <option value="Allow">Allow</option>
            <option value="Deny">Deny</option>
          </select>
        </Field>
      </div>
      <label class="ib-inline-field">
        <input
          type="checkbox"
          name="hideReads"
          checked={hideReads}
          onChange={(e) => setHideReads(e.currentTarget.checked)}
        />
        Hide reads of the log ({OWN_POLL_ACTION}: this page's own polling)
      </label>
      <p class="decisions-status" aria-live="polite">
        {state} {shown.length} {shown.length === 1 ? 'decision' : 'decisions'} shown (newest first, at most{' '}
        {MAX_ROWS} kept).
      </p>
      {feed.error !== undefined && (
        <>
          <ErrorBox error={feed.error} />
          <div class="buttons">
            <button type="button" class="secondary" onClick={feed.retry}>
              Retry
            </button>
          </div>
        </>
      )}
      {!feed.loading && <DecisionsTable rows={shown} />}
    </section>
  );
}
