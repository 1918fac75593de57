/**
 * The live feed behind the decision log page: the latest entries for the filters (GET
 * /_ibiam/api/decisions), then every second those written after the returned cursor, merged newest first
 * (capped). New filters read again from the latest; `paused` stops polling and resuming catches up from
 * the cursor; an error stops the feed until `retry()`, which reads again from the latest.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clients } from '../../aws/clients.js';
import {
  decisionsQuery,
  mergeNewest,
  type DecisionLogEntry,
  type DecisionsAnswer,
  type Filters,
} from './decisions-feed.js';

const PATH = '/_ibiam/api/decisions';
const POLL_MS = 1000;

export interface DecisionFeed {
  readonly rows: readonly DecisionLogEntry[];
  readonly loading: boolean;
  readonly error: unknown;
  retry(): void;
}

export function useDecisionFeed(clients: Clients, filters: Filters, paused: boolean): DecisionFeed {
  const [rows, setRows] = useState<readonly DecisionLogEntry[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const cursor = useRef<string | undefined>(undefined);
  const generation = useRef(0);
  const inFlight = useRef(false);

  // The first read for these filters.
  useEffect(() => {
    const mine = ++generation.current;
    cursor.current = undefined;
    inFlight.current = false;
    setLoading(true);
    setError(undefined);
    clients.ibiam.get<DecisionsAnswer>(PATH, decisionsQuery(filters)).then(
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
  }, [filters, clients, attempt]);

  // Live: every second, what was written after the cursor.
  useEffect(() => {
    if (paused || loading || error !== undefined || cursor.current === undefined) return undefined;
    const mine = generation.current;
    const timer = setTimeout(() => {
      if (inFlight.current) return;
      inFlight.current = true;
      clients.ibiam.get<DecisionsAnswer>(PATH, decisionsQuery(filters, cursor.current)).then(
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
  }, [paused, loading, error, tick, filters, clients]);

  // Reads again from the latest entries (a cursor the log no longer knows is an error too).
  return { rows, loading, error, retry: () => setAttempt((n) => n + 1) };
}
