/**
 * Prints a PolicyDocument as canonical policy JSON: elements in the grammar's order, Statement always an
 * array, every list (Action, Resource, principal values, condition values) always an array, conditions
 * grouped by operator in order of first appearance, keys kept exactly as written. Parsing the output
 * gives back a deep-equal AST for any document that follows the conventions in ast.ts (which
 * `parsePolicy` output always does). Keys are written in the given order, even integer-like ones, which
 * is why this serializes by hand instead of through `JSON.stringify` on objects.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import {
  PRINCIPAL_KINDS,
  type ConditionEntry,
  type PolicyDocument,
  type PrincipalBlock,
  type Statement,
} from './ast.js';

export interface PrintOptions {
  /** Spaces per nesting level; 0 prints on one line without spaces. Default 2. */
  readonly indent?: number;
}

/** A value to write: a string, a list, or an object as ordered key-value pairs. */
type Printable = string | readonly Printable[] | PrintObject;
interface PrintObject {
  readonly entries: readonly (readonly [string, Printable])[];
}

export function printPolicy(doc: PolicyDocument, options: PrintOptions = {}): string {
  const entries: [string, Printable][] = [];
  if (doc.version !== undefined) entries.push(['Version', doc.version]);
  if (doc.id !== undefined) entries.push(['Id', doc.id]);
  entries.push(['Statement', doc.statements.map(statementValue)]);
  return write({ entries }, options.indent ?? 2, 0);
}

function statementValue(statement: Statement): PrintObject {
  const entries: [string, Printable][] = [];
  if (statement.sid !== undefined) entries.push(['Sid', statement.sid]);
  entries.push(['Effect', statement.effect]);
  if (statement.principal !== undefined) entries.push(['Principal', principalValue(statement.principal)]);
  if (statement.notPrincipal !== undefined)
    entries.push(['NotPrincipal', principalValue(statement.notPrincipal)]);
  if (statement.action !== undefined) entries.push(['Action', statement.action]);
  if (statement.notAction !== undefined) entries.push(['NotAction', statement.notAction]);
  if (statement.resource !== undefined) entries.push(['Resource', statement.resource]);
  if (statement.notResource !== undefined) entries.push(['NotResource', statement.notResource]);
  if (statement.conditions.length > 0) entries.push(['Condition', conditionValue(statement.conditions)]);
  return { entries };
}

function principalValue(block: PrincipalBlock): Printable {
  if (block === '*') return '*';
  const entries: [string, Printable][] = [];
  for (const kind of PRINCIPAL_KINDS) {
    const values = block[kind];
    if (values !== undefined) entries.push([kind, values]);
  }
  return { entries };
}

function conditionValue(conditions: readonly ConditionEntry[]): PrintObject {
  const blocks = new Map<string, [string, Printable][]>();
  for (const entry of conditions) {
    let block = blocks.get(entry.operator);
    if (block === undefined) {
      block = [];
      blocks.set(entry.operator, block);
    }
    block.push([entry.key, entry.values]);
  }
  return { entries: [...blocks].map(([operator, keys]) => [operator, { entries: keys }] as const) };
}

function write(value: Printable, indent: number, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const isList = isPrintableList(value);
  const items = isList
    ? value.map((item) => write(item, indent, depth + 1))
    : value.entries.map(
        ([key, item]) => `${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}${write(item, indent, depth + 1)}`,
      );
  const [open, close] = isList ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (indent <= 0) return open + items.join(',') + close;
  const inner = '\n' + ' '.repeat(indent * (depth + 1));
  return open + inner + items.join(',' + inner) + '\n' + ' '.repeat(indent * depth) + close;
}

function isPrintableList(value: readonly Printable[] | PrintObject): value is readonly Printable[] {
  return Array.isArray(value);
}
