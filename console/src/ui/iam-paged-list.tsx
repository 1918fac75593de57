/**
 * A paged IAM list for a view: loads the first page, then the next one each time "Load more" is chosen
 * (IsTruncated/Marker), with a filter over what is loaded and the error of any page shown as it is.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/Welcome.html
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBox, Field, Table, type Column } from './basics.js';
import type { Page } from './iam-pages.js';

export interface PagedList<T> {
  readonly items: readonly T[];
  readonly loading: boolean;
  readonly error?: unknown;
  /** Loads the next page; undefined when there is none. */
  readonly more?: () => void;
  reload(): void;
}

export function usePagedList<T>(
  fetchPage: (marker: string | undefined) => Promise<Page<T>>,
  deps: readonly unknown[],
): PagedList<T> {
  const [state, setState] = useState<{
    items: readonly T[];
    loading: boolean;
    error?: unknown;
    marker?: string;
  }>({
    items: [],
    loading: true,
  });
  const generation = useRef(0);
  const load = useCallback((marker: string | undefined, previous: readonly T[]) => {
    const mine = ++generation.current;
    setState({ items: previous, loading: true });
    fetchPage(marker).then(
      (next) =>
        mine === generation.current &&
        setState({
          items: [...previous, ...next.items],
          loading: false,
          ...(next.marker ? { marker: next.marker } : {}),
        }),
      (error: unknown) => mine === generation.current && setState({ items: previous, loading: false, error }),
    );
  }, deps);
  useEffect(() => load(undefined, []), [load]);
  const { marker } = state;
  return {
    items: state.items,
    loading: state.loading,
    ...(state.error !== undefined ? { error: state.error } : {}),
    ...(marker && !state.loading ? { more: () => load(marker, state.items) } : {}),
    reload: () => load(undefined, []),
  };
}

/** A paged list as a table: a filter box, the rows that match it, "Load more" while the list is truncated. */
export function PagedTable<T>(props: {
  list: PagedList<T>;
  columns: readonly Column<T>[];
  /** The text the filter box searches in a row. */
  filterText: (row: T) => string;
  noun: string;
  empty?: string;
  children?: ComponentChildren;
}) {
  const [filter, setFilter] = useState('');
  const { list } = props;
  const needle = filter.trim().toLowerCase();
  const rows = needle
    ? list.items.filter((row) => props.filterText(row).toLowerCase().includes(needle))
    : list.items;
  return (
    <div class="iam-paged">
      <div class="iam-toolbar">
        <Field label={`Filter ${props.noun}`}>
          <input
            name="filter"
            type="search"
            value={filter}
            onInput={(e) => setFilter(e.currentTarget.value)}
          />
        </Field>
        {props.children}
      </div>
      {list.error !== undefined && <ErrorBox error={list.error} />}
      {list.items.length === 0 && list.loading ? (
        <p class="loading">Loading…</p>
      ) : (
        <Table
          rows={rows}
          columns={props.columns}
          empty={needle ? `No ${props.noun} match.` : (props.empty ?? `No ${props.noun}.`)}
        />
      )}
      <p class="iam-count">
        {needle ? `${rows.length} of ` : ''}
        {list.items.length} {props.noun} loaded{list.more ? ' (more available)' : ''}
        {list.loading && list.items.length > 0 ? ' — loading…' : ''}
      </p>
      {list.more && (
        <button type="button" class="secondary" onClick={list.more}>
          Load more
        </button>
      )}
    </div>
  );
}
