/**
 * Reading headers and query parameters of an HttpRequestLike: case-insensitive header lookup, repeated
 * header values joined with commas as SigV4 canonicalization expects, and single-valued query lookup.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import type { HttpRequestLike } from './types.js';

/** The value of a header (any case), repeated values joined with `,`; undefined when absent. */
export function headerValue(req: HttpRequestLike, name: string): string | undefined {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else values.push(...value);
  }
  return values.length === 0 ? undefined : values.join(',');
}

/** The value of a query parameter (exact name); the first value when repeated. */
export function queryValue(req: HttpRequestLike, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(req.query, name)) return undefined;
  const value = req.query[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}
