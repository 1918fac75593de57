/**
 * Reading decoded Query parameters by kind, for the services' input validation. The decoder does not know
 * shapes, so a list parameter is an array — or '' when the client sent an empty list (`Tags=`, as the JS
 * SDK serializes `Tags: []`) — and a structure or map is an object.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html
 */
import type { QueryStruct, QueryValue } from './unflatten.js';

/** The string value, or undefined when absent or not a scalar. */
export function asString(value: QueryValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The list value ('' is the empty list), or undefined when absent or not a list. */
export function asList(value: QueryValue | undefined): QueryValue[] | undefined {
  if (value === '') return [];
  return Array.isArray(value) ? value : undefined;
}

/** The structure (or map) value, or undefined when absent or not a structure. */
export function asStruct(value: QueryValue | undefined): QueryStruct | undefined {
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** A base-10 integer (`MaxItems=100`), or undefined when absent or not an integer. */
export function asInteger(value: QueryValue | undefined): number | undefined {
  if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** `true` / `false` (case-insensitive), or undefined otherwise. */
export function asBoolean(value: QueryValue | undefined): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}
