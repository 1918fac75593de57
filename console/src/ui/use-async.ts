/**
 * Loads something asynchronously for a view: `{ loading, error, value, reload }`. The load re-runs when a
 * dependency changes; an answer that arrives after a newer load started is ignored.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface AsyncState<T> {
  readonly loading: boolean;
  readonly error?: unknown;
  readonly value?: T;
  reload(): void;
}

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ loading: boolean; error?: unknown; value?: T }>({ loading: true });
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (value) => mine === generation.current && setState({ loading: false, value }),
      (error: unknown) => mine === generation.current && setState({ loading: false, error }),
    );
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}
