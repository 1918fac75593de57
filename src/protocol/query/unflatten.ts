/**
 * Turns AWS Query's flattened parameter names into structures, without knowing the operation's shape:
 * `Tags.member.1.Key=k` -> `{ Tags: [{ Key: 'k' }] }` (lists use `member.N`, 1-based),
 * `Attrs.entry.1.key=a&Attrs.entry.1.value=b` -> `{ Attrs: { a: 'b' } }` (maps use `entry.N.key/value`),
 * `A.B=x` -> `{ A: { B: 'x' } }`. Conflicting or mis-indexed names are refused.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#query-key-resolution
 */
import type { ProtocolError } from '../errors.js';
import { invalidQueryParameter } from './errors.js';

export type QueryValue = string | QueryValue[] | QueryStruct;
export interface QueryStruct {
  [member: string]: QueryValue;
}

type Node =
  | { kind: 'leaf'; value: string }
  | { kind: 'struct'; fields: Map<string, Node> }
  | { kind: 'list'; items: Map<number, Node> }
  | { kind: 'map'; entries: Map<number, Node> };

const MEMBER_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const INDEX = /^[1-9][0-9]{0,5}$/;

class Conflict extends Error {}

function container(kind: 'struct' | 'list' | 'map'): Node {
  if (kind === 'struct') return { kind, fields: new Map() };
  if (kind === 'list') return { kind, items: new Map() };
  return { kind, entries: new Map() };
}

/** Inserts one flattened name (split on dots) with its value under `node`. */
function insert(node: Node, path: readonly string[], value: string, name: string): void {
  const [head, next, ...rest] = path;
  if (head === undefined || node.kind === 'leaf') throw new Conflict(`invalid parameter name '${name}'`);
  let childMap: Map<string | number, Node>;
  let key: string | number;
  let tail: readonly string[];
  if (node.kind === 'struct') {
    if (!MEMBER_NAME.test(head)) throw new Conflict(`invalid parameter name '${name}'`);
    childMap = node.fields as Map<string | number, Node>;
    [key, tail] = [head, path.slice(1)];
  } else {
    const marker = node.kind === 'list' ? 'member' : 'entry';
    if (head !== marker || next === undefined || !INDEX.test(next)) {
      throw new Conflict(`expected '${marker}.N' (N from 1) in '${name}'`);
    }
    childMap = (node.kind === 'list' ? node.items : node.entries) as Map<string | number, Node>;
    [key, tail] = [Number(next), rest];
  }
  const existing = childMap.get(key);
  if (tail.length === 0) {
    if (existing !== undefined)
      throw new Conflict(`'${name}' is given more than once or conflicts with another name`);
    childMap.set(key, { kind: 'leaf', value });
    return;
  }
  const wanted = tail[0] === 'member' ? 'list' : tail[0] === 'entry' ? 'map' : 'struct';
  const child = existing ?? container(wanted);
  if (child.kind !== wanted) throw new Conflict(`'${name}' conflicts with another parameter`);
  childMap.set(key, child);
  insert(child, tail, value, name);
}

function define(target: QueryStruct, key: string, value: QueryValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function toValue(node: Node, name: string): QueryValue {
  switch (node.kind) {
    case 'leaf':
      return node.value;
    case 'list':
      return [...node.items.entries()]
        .sort(([a], [b]) => a - b)
        .map(([i, item]) => toValue(item, `${name}.member.${i}`));
    case 'struct': {
      const out: QueryStruct = {};
      for (const [key, child] of node.fields) define(out, key, toValue(child, `${name}.${key}`));
      return out;
    }
    case 'map': {
      const out: QueryStruct = {};
      for (const [i, entry] of [...node.entries.entries()].sort(([a], [b]) => a - b)) {
        const fields = entry.kind === 'struct' ? entry.fields : undefined;
        const key = fields?.get('key');
        if (key?.kind !== 'leaf') throw new Conflict(`'${name}.entry.${i}.key' is missing`);
        if (Object.prototype.hasOwnProperty.call(out, key.value))
          throw new Conflict(`duplicate map key '${key.value}' in '${name}'`);
        const value = fields?.get('value');
        define(out, key.value, value === undefined ? '' : toValue(value, `${name}.entry.${i}.value`));
      }
      return out;
    }
  }
}

/** Builds the parameter structure from decoded name/value pairs. */
export function unflatten(
  pairs: Iterable<readonly [string, string]>,
): { ok: true; params: QueryStruct } | { ok: false; error: ProtocolError } {
  const root: Node = { kind: 'struct', fields: new Map() };
  try {
    for (const [name, value] of pairs) insert(root, name.split('.'), value, name);
    return { ok: true, params: toValue(root, '') as QueryStruct };
  } catch (e) {
    if (e instanceof Conflict) return { ok: false, error: invalidQueryParameter(e.message) };
    throw e;
  }
}
