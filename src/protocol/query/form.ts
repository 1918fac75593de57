/**
 * Strict `application/x-www-form-urlencoded` decoding for AWS Query requests (POST body or GET query
 * string). Unlike URLSearchParams it refuses malformed percent-escapes instead of passing them through.
 * `+` is a space: botocore (the AWS CLI) encodes spaces that way, the JS SDK as `%20`.
 * https://url.spec.whatwg.org/#application/x-www-form-urlencoded
 */
import type { ProtocolError } from '../errors.js';
import { malformedQueryString } from './errors.js';

export type FormPairs = readonly (readonly [string, string])[];

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Splits and decodes a form body into name/value pairs, in order. */
export function parseForm(
  body: string,
): { ok: true; pairs: FormPairs } | { ok: false; error: ProtocolError } {
  const pairs: (readonly [string, string])[] = [];
  const text = body.startsWith('?') ? body.slice(1) : body;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const name = decode(rawName);
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (name === undefined || value === undefined) {
      return { ok: false, error: malformedQueryString(`invalid percent-encoding in parameter '${rawName}'`) };
    }
    pairs.push([name, value]);
  }
  return { ok: true, pairs };
}
