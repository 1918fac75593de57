/**
 * Reading the paging members of Image Builder's List* requests: `maxResults` (1-25) and `nextToken`
 * (1-65,535 characters), handed to `page` from pagination.ts.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 */
import type { JsonReader } from './input.js';
import type { PageInput } from './pagination.js';

export function readPage(reader: JsonReader): PageInput {
  const maxResults = reader.optionalInteger('maxResults', { min: 1, max: 25 });
  const nextToken = reader.optionalString('nextToken', { min: 1, max: 65535 });
  return {
    ...(maxResults !== undefined ? { maxResults } : {}),
    ...(nextToken !== undefined ? { nextToken } : {}),
  };
}

/** Keeps the first item per key (with items sorted newest first: the newest per key). */
export function firstPer<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
