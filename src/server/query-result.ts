/**
 * Converts an operation's result into the Query codec's value types (ResultMap -> QueryMap).
 */
import { query } from '../protocol/index.js';
import type { QueryResultStruct, QueryResultValue } from '../protocol/query/index.js';
import { ResultMap, type ResultStruct, type ResultValue } from '../services/common/operation.js';

function convert(value: ResultValue): QueryResultValue {
  if (value instanceof ResultMap)
    return new query.QueryMap(value.entries.map(([k, v]) => [k, convert(v)] as const));
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return toQueryResult(value as ResultStruct);
  }
  return value as QueryResultValue;
}

export function toQueryResult(result: ResultStruct): QueryResultStruct {
  const out: Record<string, QueryResultValue> = {};
  for (const [key, value] of Object.entries(result)) out[key] = convert(value);
  return out;
}
