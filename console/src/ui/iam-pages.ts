/**
 * IAM's list operations answer in pages: `IsTruncated` and a `Marker` to pass back for the next page.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/Welcome.html (Pagination: MaxItems, Marker)
 * Pure: no DOM, no framework.
 */

export interface Page<T> {
  readonly items: readonly T[];
  /** The marker of the next page, when the list is truncated. */
  readonly marker?: string;
}

/** Normalizes an IAM list answer: its items and, if `IsTruncated`, the next marker. */
export function page<T>(
  items: readonly T[] | undefined,
  isTruncated: boolean | undefined,
  marker: string | undefined,
): Page<T> {
  return { items: items ?? [], ...(isTruncated && marker ? { marker } : {}) };
}

/** Fetches every page of a list, in order (a page limit guards against a server that never stops). */
export async function allPages<T>(
  fetchPage: (marker: string | undefined) => Promise<Page<T>>,
  maxPages = 1000,
): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  for (let count = 0; count < maxPages; count++) {
    const next = await fetchPage(marker);
    items.push(...next.items);
    if (!next.marker || next.marker === marker) return items;
    marker = next.marker;
  }
  return items;
}
