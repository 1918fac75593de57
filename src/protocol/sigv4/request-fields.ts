/**
 * Reading headers and query parameters of an HttpRequestLike: case-insensitive header lookup, repeated
 * header values joined with commas as SigV4 canonicalization expects, and single-valued query lookup.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import type { HttpRequestLike } from './types.js';

/** Each headers object's values by lower-cased name, built once for all the lookups of a request. */
const indexes = new WeakMap<HttpRequestLike['headers'], Map<string, string>>();

function headerIndex(headers: HttpRequestLike['headers']): Map<string, string> {
  let index = indexes.get(headers);
  if (!index) {
    const values = new Map<string, string[]>();
    for (const [key, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      const name = key.toLowerCase();
      const list = values.get(name) ?? [];
      if (typeof value === 'string') list.push(value);
      else list.push(...value);
      values.set(name, list);
    }
    index = new Map(
      [...values].filter(([, list]) => list.length > 0).map(([name, list]) => [name, list.join(',')]),
    );
    indexes.set(headers, index);
  }
  return index;
}

/** The value of a header (any case), repeated values joined with `,`; undefined when absent. */
export function headerValue(req: HttpRequestLike, name: string): string | undefined {
  return headerIndex(req.headers).get(name.toLowerCase());
}

/** The value of a query parameter (exact name); the first value when repeated. */
export function queryValue(req: HttpRequestLike, name: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(req.query, name)) return undefined;
  const value = req.query[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}
