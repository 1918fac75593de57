/**
 * IAM's pagination: MaxItems (1-1000, default 100) and an opaque Marker; answers carry IsTruncated and,
 * when truncated, the Marker to continue from.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 */
import type { InputReader } from '../../common/input.js';
import type { ResultValue } from '../../common/operation.js';
import { ServiceError } from '../../common/service-error.js';
import { MARKER } from './rules.js';

export interface PageRequest {
  readonly marker?: string;
  readonly maxItems?: number;
}

export function readPageRequest(reader: InputReader): PageRequest {
  const marker = reader.optionalString('Marker', MARKER);
  const maxItems = reader.optionalInteger('MaxItems', { min: 1, max: 1000 });
  return { ...(marker !== undefined ? { marker } : {}), ...(maxItems !== undefined ? { maxItems } : {}) };
}

const encodeMarker = (offset: number) => Buffer.from(`ibiam:${offset}`).toString('base64');

function decodeMarker(marker: string): number {
  const text = Buffer.from(marker, 'base64').toString('utf8');
  const match = /^ibiam:(\d+)$/.exec(text);
  if (!match) throw new ServiceError('InvalidInput', 'Invalid Marker.', 400);
  return Number(match[1]);
}

/** One page of `items` (already in the service's order) as the list member plus IsTruncated/Marker. */
export function paginate<T>(
  items: readonly T[],
  page: PageRequest,
  listName: string,
  shape: (item: T) => ResultValue,
): Record<string, ResultValue> {
  const start = page.marker ? decodeMarker(page.marker) : 0;
  const size = page.maxItems ?? 100;
  const slice = items.slice(start, start + size);
  const truncated = start + size < items.length;
  return {
    [listName]: slice.map(shape),
    IsTruncated: truncated,
    ...(truncated ? { Marker: encodeMarker(start + size) } : {}),
  };
}
