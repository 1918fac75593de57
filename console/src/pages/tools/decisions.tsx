/**
 * The decision log, live (`#/tools/decisions`): the latest decisions that concern the signed-in account
 * (GET /_ibiam/api/decisions), then every second the ones written since the returned cursor; newest
 * first, at most 1000 kept. Filters (principal, action, decision) are applied by the server: changing one
 * reads again. Pause stops polling; Resume catches up from the cursor. A denial links to the simulator.
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html (the action it is authorized as)
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { ErrorBox, Field, PageTitle, Table } from '../../ui/basics.js';
import {
  decisionsQuery,
  denialSimulatorHref,
  isDenial,
  MAX_ROWS,
  mergeNewest,
  OWN_POLL_ACTION,
  statementText,
  visibleRows,
  type DecisionFilter,
  type DecisionLogEntry,
  type DecisionsAnswer,
  type Filters,
} from './decisions-feed.js';
import { useRoleArns } from './decisions-roles.js';
import { needsRoleLookup } from '../../ui/ib-principal-arn.js';

const PATH = '/_ibiam/api/decisions';
const POLL_MS = 1000;

function filtersFrom(query: URLSearchParams): Filters {
  const decision = query.get('decision');
  return {
    principal: query.get('principal') ?? '',
    action: query.get('action') ?? '',
    decision: decision === 'Allow' || decision === 'Deny' ? decision : 'All',
  };
}

function Time(props: { time: string }) {
  const date = new Date(props.time);
  return (
    <time dateTime={props.time} title={props.time}>
      {Number.isNaN(date.getTime()) ? props.time : date.toLocaleTimeString()}
    </time>
  );
}

export function DecisionsPage(props: { query: URLSearchParams }) {
  const { clients, session } = useApp();
  const [filters, setFilters] = useState<Filters>(() => filtersFrom(props.query));
  const [applied, setApplied] = useState<Filters>(filters);
  const [rows, setRows] = useState<readonly DecisionLogEntry[]>([]);
  const [paused, setPaused] = useState(false);
  const [hideReads, setHideReads] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const cursor = useRef<string | undefined>(undefined);
  const generation = useRef(0);
  const inFlight = useRef(false);

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

  // The first read for these filters.
  useEffect(() => {
    const mine = ++generation.current;
    cursor.current = undefined;
    inFlight.current = false;
    setLoading(true);
    setError(undefined);
    clients.ibiam.get<DecisionsAnswer>(PATH, decisionsQuery(applied)).then(
      (answer) => {
        if (mine !== generation.current) return;
        cursor.current = answer.cursor;
        setRows(mergeNewest([], answer.entries));
        setLoading(false);
      },
      (caught: unknown) => {
        if (mine !== generation.current) return;
        setRows([]);
        setError(caught);
        setLoading(false);
      },
    );
  }, [applied, clients, attempt]);

  // Live: every second, what was written after the cursor.
  useEffect(() => {
    if (paused || loading || error !== undefined || cursor.current === undefined) return undefined;
    const mine = generation.current;
    const timer = setTimeout(() => {
      if (inFlight.current) return;
      inFlight.current = true;
      clients.ibiam.get<DecisionsAnswer>(PATH, decisionsQuery(applied, cursor.current)).then(
        (answer) => {
          inFlight.current = false;
          if (mine !== generation.current) return;
          cursor.current = answer.cursor;
          if (answer.entries.length > 0) setRows((shown) => mergeNewest(shown, answer.entries));
          setTick((n) => n + 1);
        },
        (caught: unknown) => {
          inFlight.current = false;
          if (mine === generation.current) setError(caught);
        },
      );
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [paused, loading, error, tick, applied, clients]);

  const shown = visibleRows(rows, hideReads);
  const roleArns = useRoleArns(
    clients,
    rows.some((row) => isDenial(row) && needsRoleLookup(row.principal, session.accountId)),
  );
  // Reads again from the latest entries (a cursor the log no longer knows is an error too).
  const retry = () => setAttempt((n) => n + 1);

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
        {loading
          ? 'Loading…'
          : paused
            ? 'Paused.'
            : error !== undefined
              ? 'Stopped.'
              : 'Live: new decisions appear every second.'}{' '}
        {shown.length} {shown.length === 1 ? 'decision' : 'decisions'} shown (newest first, at most {MAX_ROWS}{' '}
        kept).
      </p>
      {error !== undefined && (
        <>
          <ErrorBox error={error} />
          <div class="buttons">
            <button type="button" class="secondary" onClick={retry}>
              Retry
            </button>
          </div>
        </>
      )}
      {!loading && (
        <div class="decisions-table">
          <Table
            rows={shown}
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
                title: '',
                cell: (e) =>
                  isDenial(e) && <a href={denialSimulatorHref(e, session.accountId, roleArns)}>Simulate</a>,
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
