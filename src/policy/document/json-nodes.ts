/**
 * The JSON syntax tree that the policy parser walks: every value and key keeps its source span when it
 * came from text (`parseJsonWithLocations`), and has none when it came from an in-memory value
 * (`jsonNodeFromValue`). Object members keep their source order and duplicates, so later steps can
 * report them precisely; lookups use the last duplicate, as `JSON.parse` does.
 */
import type { JsonPath, SourceSpan } from './ast.js';

export interface JsonObjectNode {
  readonly kind: 'object';
  readonly members: readonly JsonMember[];
  readonly span?: SourceSpan;
}

export interface JsonMember {
  readonly key: string;
  /** The span of the key, quotes included. */
  readonly keySpan?: SourceSpan;
  readonly value: JsonNode;
}

export interface JsonArrayNode {
  readonly kind: 'array';
  readonly items: readonly JsonNode[];
  readonly span?: SourceSpan;
}

export interface JsonStringNode {
  readonly kind: 'string';
  readonly value: string;
  readonly span?: SourceSpan;
}

export interface JsonNumberNode {
  readonly kind: 'number';
  readonly value: number;
  /** The number exactly as written (`1.0`, `1e3`, a 20-digit id), or `String(value)` without source text. */
  readonly raw: string;
  readonly span?: SourceSpan;
}

export interface JsonBooleanNode {
  readonly kind: 'boolean';
  readonly value: boolean;
  readonly span?: SourceSpan;
}

export interface JsonNullNode {
  readonly kind: 'null';
  readonly span?: SourceSpan;
}

export type JsonNode =
  JsonObjectNode | JsonArrayNode | JsonStringNode | JsonNumberNode | JsonBooleanNode | JsonNullNode;

/** The member of `object` named `key` (the last one when the key is repeated). */
export function memberOf(object: JsonObjectNode, key: string): JsonMember | undefined {
  const members = object.members;
  for (let i = members.length - 1; i >= 0; i--) {
    const member = members[i];
    if (member !== undefined && member.key === key) return member;
  }
  return undefined;
}

/**
 * The node at `path`, or undefined. A numeric step 0 applied to a non-array value resolves to the value
 * itself: the policy grammar lets a single value stand for a one-element list (`"Action": "s3:Get*"`,
 * `"Statement": {...}`), and the AST addresses such a value as element 0.
 */
export function nodeAt(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  let node = root;
  for (const step of path) {
    if (node === undefined) return undefined;
    if (typeof step === 'number') {
      if (node.kind === 'array') node = node.items[step];
      else if (step !== 0) return undefined;
    } else {
      if (node.kind !== 'object') return undefined;
      node = memberOf(node, step)?.value;
    }
  }
  return node;
}

/** The source span of the value at `path`, when the tree was parsed from text. */
export function locateJsonPath(root: JsonNode | undefined, path: JsonPath): SourceSpan | undefined {
  return nodeAt(root, path)?.span;
}

/** The JSON type name of a node, as Access Analyzer words it in DATA_TYPE_MISMATCH findings. */
export function jsonTypeName(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'Object';
    case 'array':
      return 'Array';
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    case 'null':
      return 'Null';
  }
}
