/**
 * Policy documents in a snapshot: the AWS CLI prints them decoded (JSON objects), while the IAM API and
 * the SDKs return them URL-encoded (RFC 3986) JSON text. Both are read; anything else is a clear error.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html ("The policy
 * document returned in this structure is URL-encoded compliant with RFC 3986")
 */
import type { JsonReader } from './json-reader.js';
import type { JsonValue } from './types.js';

function parseText(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** A policy document from JSON text, URL-encoded JSON text (with %20 or + for spaces), or undefined. */
export function documentFromText(text: string): JsonValue | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const direct = parseText(trimmed);
    if (direct !== undefined) return direct;
  }
  for (const candidate of [decode(trimmed), decode(trimmed.replace(/\+/g, ' '))]) {
    if (candidate === undefined) continue;
    const value = parseText(candidate);
    if (value !== undefined && typeof value === 'object' && value !== null) return value;
  }
  return undefined;
}

/** Reads the member `key` of `reader` as a policy document (an object, or encoded text). */
export function readDocument(reader: JsonReader, key: string, required: boolean): JsonValue | undefined {
  const member = reader.child(key);
  const value = member.value;
  if (value === undefined || value === null) {
    if (required) member.fail('is missing (expected a policy document)');
    return undefined;
  }
  if (typeof value === 'object' && !Array.isArray(value)) return value;
  if (typeof value === 'string') {
    const decoded = documentFromText(value);
    if (decoded !== undefined && typeof decoded === 'object' && decoded !== null && !Array.isArray(decoded))
      return decoded;
    return member.fail('is neither a JSON policy document nor URL-encoded JSON');
  }
  return member.fail('expected a policy document (an object or URL-encoded JSON text)');
}
