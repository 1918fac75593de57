/**
 * Converts an in-memory value (typically from `JSON.parse`) into the span-less JSON tree of json-nodes.ts,
 * so that `policyFromJson` shares one code path with `parsePolicy`. Values JSON cannot represent
 * (undefined array items, NaN, functions, class instances, cycles) become `null` nodes, which every policy
 * element rejects with DATA_TYPE_MISMATCH; object properties whose value is undefined are skipped, as
 * `JSON.stringify` skips them.
 */
import type { JsonMember, JsonNode } from './json-nodes.js';

const MAX_DEPTH = 256;

export function jsonNodeFromValue(value: unknown, depth = 0): JsonNode {
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'number':
      return Number.isFinite(value) ? { kind: 'number', value, raw: String(value) } : { kind: 'null' };
    case 'object':
      if (value === null || depth >= MAX_DEPTH) return { kind: 'null' };
      if (Array.isArray(value)) {
        return { kind: 'array', items: value.map((item: unknown) => jsonNodeFromValue(item, depth + 1)) };
      }
      return isPlainObject(value) ? objectNode(value, depth) : { kind: 'null' };
    default:
      return { kind: 'null' };
  }
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function objectNode(value: Record<string, unknown>, depth: number): JsonNode {
  const members: JsonMember[] = [];
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item !== undefined) members.push({ key, value: jsonNodeFromValue(item, depth + 1) });
  }
  return { kind: 'object', members };
}
