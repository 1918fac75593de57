/**
 * A list read page by page with a `nextToken` (Image Builder's List* operations): the first page on
 * mount (again when a dependency changes), more on `loadMore()`. `update` patches loaded items in place
 * (a refreshed build state) without losing the pages already read.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImages.html
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextToken?: string | undefined;
}

export interface PagedList<T> {
  readonly items: readonly T[];
  /** True until the first page has arrived (or failed). */
  readonly loading: boolean;
  readonly error?: unknown;
  /** Whether the service said there is more (a nextToken). */
  readonly hasMore: boolean;
  loadMore(): void;
  reload(): void;
  update(patch: (items: readonly T[]) => readonly T[]): void;
}

interface State<T> {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error?: unknown;
  readonly nextToken?: string | undefined;
}

export function usePagedList<T>(
  fetchPage: (nextToken: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): PagedList<T> {
  const [state, setState] = useState<State<T>>({ items: [], loading: true });
  const generation = useRef(0);
  const load = useCallback((nextToken: string | undefined, previous: readonly T[]) => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    fetchPage(nextToken).then(
      (page) =>
        mine === generation.current &&
        setState({ items: [...previous, ...page.items], loading: false, nextToken: page.nextToken }),
      (error: unknown) =>
        mine === generation.current && setState({ items: previous, loading: false, error, nextToken }),
    );
  }, deps);
  useEffect(() => load(undefined, []), [load]);
  return {
    items: state.items,
    loading: state.loading,
    error: state.error,
    hasMore: state.nextToken !== undefined && state.nextToken !== '',
    loadMore: () => load(state.nextToken, state.items),
    reload: () => load(undefined, []),
    update: (patch) => setState((s) => ({ ...s, items: patch(s.items) })),
  };
}

/** Reads every page of a list (for small lists a form offers as choices). */
export async function readAll<T>(
  fetchPage: (nextToken: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    all.push(...page.items);
    token = page.nextToken || undefined;
  } while (token);
  return all;
}
