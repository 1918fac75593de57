/**
 * Reads one statement object into the AST, reporting the grammar rules that hold for every policy type:
 * known element names, Effect, exactly one of Action/NotAction, at most one of Resource/NotResource and
 * of Principal/NotPrincipal, the value shapes, and empty lists. What the policy type adds (required
 * Resource or Principal, forbidden elements) is checked in policy-type-rules.ts on the returned draft.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { ConditionEntry, Effect, JsonPath, Statement } from './ast.js';
import type { FindingCollector } from './issues.js';
import type { JsonMember, JsonObjectNode } from './json-nodes.js';
import { readConditions } from './read-conditions.js';
import { readPrincipal } from './read-principal.js';
import { readString, readStringList } from './read-values.js';

export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;
export type StatementElement = (typeof STATEMENT_ELEMENTS)[number];
const ELEMENT_NAMES: ReadonlySet<string> = new Set(STATEMENT_ELEMENTS);

function isStatementElement(key: string): key is StatementElement {
  return ELEMENT_NAMES.has(key);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What was read from one statement, complete or not, for the per-type rules. */
export interface StatementDraft {
  readonly index: number;
  readonly path: JsonPath;
  readonly node: JsonObjectNode;
  /** The members present, by element name (the last one when a key is repeated). */
  readonly elements: Readonly<Partial<Record<StatementElement, JsonMember>>>;
  /** Every element that could be read; `effect` and `conditions` are set when the statement is usable. */
  readonly parts: Readonly<Partial<Statement>>;
  /** The statement, when nothing fatal was found in it. */
  readonly statement: Statement | undefined;
}

export function readStatement(out: FindingCollector, node: JsonObjectNode, index: number): StatementDraft {
  const path: JsonPath = ['Statement', index];
  const elements: Partial<Record<StatementElement, JsonMember>> = {};
  const parts: Mutable<Partial<Statement>> = { index };
  let ok = true;
  for (const member of node.members) {
    if (isStatementElement(member.key)) elements[member.key] = member;
    else {
      const message = `The policy element ${member.key} is not valid.`;
      out.add('INVALID_POLICY_ELEMENT', message, [...path, member.key], member.keySpan, true);
      ok = false;
    }
  }
  const at = (element: StatementElement): JsonPath => [...path, element];

  if (elements.Sid !== undefined) {
    const sid = readString(out, elements.Sid.value, at('Sid'));
    if (sid === undefined) ok = false;
    else parts.sid = sid;
    if (sid === '') {
      const message = 'Add a value to the empty string in the Sid element.';
      out.add('EMPTY_SID_VALUE', message, at('Sid'), elements.Sid.value.span, false);
    }
  }

  const effect = readEffect(out, node, elements.Effect, at('Effect'));
  if (effect === undefined) ok = false;
  else parts.effect = effect;

  ok =
    exclusive(out, node, path, elements.Principal, elements.NotPrincipal, 'Principal', 'NotPrincipal') && ok;
  if (elements.Principal !== undefined) {
    const block = readPrincipal(out, elements.Principal.value, at('Principal'), 'Principal');
    if (block === undefined) ok = false;
    else parts.principal = block;
  }
  if (elements.NotPrincipal !== undefined) {
    const block = readPrincipal(out, elements.NotPrincipal.value, at('NotPrincipal'), 'NotPrincipal');
    if (block === undefined) ok = false;
    else parts.notPrincipal = block;
  }

  ok = exclusive(out, node, path, elements.Action, elements.NotAction, 'Action', 'NotAction') && ok;
  if (elements.Action === undefined && elements.NotAction === undefined) {
    const message = 'Add an Action or NotAction element to the policy statement.';
    out.add('MISSING_ACTION', message, path, node.span, true);
    ok = false;
  }
  ok = exclusive(out, node, path, elements.Resource, elements.NotResource, 'Resource', 'NotResource') && ok;

  const lists = [
    ['Action', 'action'],
    ['NotAction', 'notAction'],
    ['Resource', 'resource'],
    ['NotResource', 'notResource'],
  ] as const;
  for (const [element, field] of lists) {
    const member = elements[element];
    if (member === undefined) continue;
    const values = readStringList(out, member.value, at(element));
    if (values === undefined) ok = false;
    else parts[field] = values;
    if (values?.length === 0 && (element === 'Action' || element === 'Resource')) {
      const code = element === 'Action' ? 'EMPTY_ARRAY_ACTION' : 'EMPTY_ARRAY_RESOURCE';
      const noun = element === 'Action' ? 'actions' : 'resources';
      const message = `This statement includes no ${noun} and does not affect the policy. Specify ${noun}.`;
      out.add(code, message, at(element), member.value.span, false);
    }
  }

  let conditions: ConditionEntry[] | undefined = [];
  if (elements.Condition !== undefined)
    conditions = readConditions(out, elements.Condition.value, at('Condition'));
  if (conditions === undefined) ok = false;
  else parts.conditions = conditions;

  const statement =
    ok && effect !== undefined && conditions !== undefined
      ? build(parts, effect, conditions, path)
      : undefined;
  return { index, path, node, elements, parts, statement };
}

function readEffect(
  out: FindingCollector,
  statement: JsonObjectNode,
  member: JsonMember | undefined,
  path: JsonPath,
): Effect | undefined {
  if (member === undefined) {
    const message = 'Add an Effect element to the policy statement with a value of Allow or Deny.';
    out.add('MISSING_EFFECT', message, path.slice(0, -1), statement.span, true);
    return undefined;
  }
  const value = readString(out, member.value, path);
  if (value === 'Allow' || value === 'Deny') return value;
  if (value !== undefined) {
    out.add(
      'INVALID_EFFECT',
      `The effect ${value} is not valid. Use Allow or Deny.`,
      path,
      member.value.span,
      true,
    );
  }
  return undefined;
}

/** Reports two mutually exclusive elements used together; returns false when they were. */
function exclusive(
  out: FindingCollector,
  statement: JsonObjectNode,
  path: JsonPath,
  first: JsonMember | undefined,
  second: JsonMember | undefined,
  firstName: StatementElement,
  secondName: StatementElement,
): boolean {
  if (first === undefined || second === undefined) return true;
  const message = `The policy elements ${firstName} and ${secondName} can not be used in the same statement. Remove one of these elements.`;
  out.add(
    'UNSUPPORTED_ELEMENT_COMBINATION',
    message,
    [...path, secondName],
    second.keySpan ?? statement.span,
    true,
  );
  return false;
}

/** Assembles the statement with its properties in the grammar's order (absent ones omitted, never undefined). */
function build(
  parts: Partial<Statement>,
  effect: Effect,
  conditions: readonly ConditionEntry[],
  path: JsonPath,
): Statement {
  const { index = 0, sid, principal, notPrincipal, action, notAction, resource, notResource } = parts;
  return {
    index,
    ...(sid !== undefined && { sid }),
    effect,
    ...(principal !== undefined && { principal }),
    ...(notPrincipal !== undefined && { notPrincipal }),
    ...(action !== undefined && { action }),
    ...(notAction !== undefined && { notAction }),
    ...(resource !== undefined && { resource }),
    ...(notResource !== undefined && { notResource }),
    conditions,
    path,
  };
}
