/**
 * The console's navigation: each entry owns the routes under its path (`iam/roles` owns `#/iam/roles`,
 * `#/iam/roles/NAME`, ...) and renders them from the segments after its path.
 */
import type { JSX } from 'preact';

export interface NavEntry {
  /** The leading route segments this entry owns, joined by '/': 'iam/roles'. */
  readonly path: string;
  readonly label: string;
  /** The heading the entry is listed under in the side bar. */
  readonly group: string;
  /** Renders the view for the segments after `path` (empty for the entry's own page). */
  readonly render: (rest: readonly string[], query: URLSearchParams) => JSX.Element;
}

/** The entry that owns a route: the longest path that prefixes the route's segments. */
export function matchNav(
  entries: readonly NavEntry[],
  segments: readonly string[],
): { entry: NavEntry; rest: readonly string[] } | undefined {
  let best: { entry: NavEntry; rest: readonly string[] } | undefined;
  for (const entry of entries) {
    const parts = entry.path.split('/');
    if (parts.every((part, index) => segments[index] === part)) {
      if (!best || parts.length > best.entry.path.split('/').length) {
        best = { entry, rest: segments.slice(parts.length) };
      }
    }
  }
  return best;
}
