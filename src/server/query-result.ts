/**
 * Converts an operation's result into the Query codec's value types (ResultMap -> QueryMap).
 */
import { query } from '../protocol/index.js';
import type { QueryResultStruct, QueryResultValue } from '../protocol/query/index.js';
import { ResultMap, type ResultStruct, type ResultValue } from '../services/common/operation.js';

function convert(value: ResultValue, wholeSeconds: boolean): QueryResultValue {
  if (value instanceof ResultMap) {
    return new query.QueryMap(value.entries.map(([k, v]) => [k, convert(v, wholeSeconds)] as const));
  }
  if (Array.isArray(value)) return value.map((v: ResultValue) => convert(v, wholeSeconds));
  if (value instanceof Date)
    return wholeSeconds ? new Date(Math.floor(value.getTime() / 1000) * 1000) : value;
  if (value !== null && typeof value === 'object') return toQueryResult(value as ResultStruct, wholeSeconds);
  return value as QueryResultValue;
}

/**
 * The result as the Query codec takes it. IAM writes its dates in whole seconds (2019-11-09T13:34:41Z);
 * STS keeps milliseconds (the AssumeRole sample's Expiration is 2011-07-15T23:28:33.359Z).
 */
export function toQueryResult(result: ResultStruct, wholeSeconds = false): QueryResultStruct {
  if (!Object.isFrozen(result)) return convertStruct(result, wholeSeconds);
  // A frozen result (shaped once from a cached record) converts once, and stays frozen, so that the
  // encoder can keep its XML too.
  const memo = wholeSeconds ? convertedWholeSeconds : converted;
  let out = memo.get(result);
  if (!out) {
    out = Object.freeze(convertStruct(result, wholeSeconds));
    memo.set(result, out);
  }
  return out;
}

const converted = new WeakMap<ResultStruct, QueryResultStruct>();
const convertedWholeSeconds = new WeakMap<ResultStruct, QueryResultStruct>();

function convertStruct(result: ResultStruct, wholeSeconds: boolean): QueryResultStruct {
  const out: Record<string, QueryResultValue> = {};
  for (const [key, value] of Object.entries(result)) out[key] = convert(value, wholeSeconds);
  return out;
}
