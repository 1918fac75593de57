/**
 * Decodes a raw URL query string (`a=1&b=x%20y`) into names and values, as the SigV4 verifier
 * (HttpRequestLike.query) and the REST-JSON router expect them: `+` is a space as in form encoding,
 * repeated names become arrays, and malformed percent-encoding is refused (undefined).
 * https://url.spec.whatwg.org/#application/x-www-form-urlencoded
 */
import { parseForm } from './query/form.js';

export function parseQueryString(raw: string): Record<string, string | string[]> | undefined {
  const form = parseForm(raw);
  if (!form.ok) return undefined;
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of form.pairs) {
    const existing = Object.prototype.hasOwnProperty.call(query, key) ? query[key] : undefined;
    const next =
      existing === undefined ? value : [...(typeof existing === 'string' ? [existing] : existing), value];
    Object.defineProperty(query, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return query;
}
