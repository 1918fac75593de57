/**
 * Image Builder's pagination: `maxResults` (1-25, default 25) and an opaque `nextToken`; a token that was
 * not issued by the service is InvalidPaginationTokenException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 */
import { invalidPaginationToken } from './errors.js';

export interface PageInput {
  readonly maxResults?: number;
  readonly nextToken?: string;
}

const PREFIX = 'ibiam-ib:';

export function page<T>(items: readonly T[], input: PageInput): { items: T[]; nextToken?: string } {
  let start = 0;
  if (input.nextToken !== undefined) {
    const text = Buffer.from(input.nextToken, 'base64').toString('utf8');
    if (!text.startsWith(PREFIX) || !/^\d+$/.test(text.slice(PREFIX.length))) {
      throw invalidPaginationToken('The pagination token is not valid.');
    }
    start = Number(text.slice(PREFIX.length));
  }
  const size = input.maxResults ?? 25;
  const slice = items.slice(start, start + size);
  const next =
    start + size < items.length ? Buffer.from(`${PREFIX}${start + size}`).toString('base64') : undefined;
  return next ? { items: slice, nextToken: next } : { items: slice };
}
