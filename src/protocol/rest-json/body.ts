/**
 * Reading a REST-JSON request body: an empty body is `{}`, anything else must be a JSON object. Bad input
 * is a 400 `SerializationException` (the code AWS JSON services use for undecodable input) whose message
 * says what was wrong and where, instead of a 500 from a thrown SyntaxError.
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
import { protocolError, type ProtocolError } from '../errors.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export const serializationError = (message: string): ProtocolError =>
  protocolError('SerializationException', message, 400);

export function parseJsonBody(
  body: string | Uint8Array,
): { ok: true; value: JsonObject } | { ok: false; error: ProtocolError } {
  let text: string;
  try {
    text = typeof body === 'string' ? body : new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, error: serializationError('The request body is not valid UTF-8.') };
  }
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof SyntaxError ? e.message : String(e);
    return { ok: false, error: serializationError(`The request body is not valid JSON: ${detail}`) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: serializationError('The request body must be a JSON object.') };
  }
  return { ok: true, value: value as JsonObject };
}
