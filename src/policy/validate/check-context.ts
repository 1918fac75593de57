/**
 * What every check receives (the parsed document, the policy type, the catalogue and the report) and
 * small helpers to walk a statement's elements with the JSON path of each value. A single value written
 * without brackets (`"Action": "s3:GetObject"`) is addressed as element 0, which the parser's `locate`
 * resolves to the value itself.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { Catalog } from '../catalog/types.js';
import type { JsonPath, PolicyDocument, Statement } from '../document/ast.js';
import type { ValidationPolicyType } from './finding.js';
import type { Report } from './report.js';

export interface CheckContext {
  /** The policy text as submitted. */
  readonly text: string;
  readonly document: PolicyDocument;
  readonly type: ValidationPolicyType;
  readonly catalog: Catalog;
  readonly report: Report;
}

export type Check = (ctx: CheckContext) => void;

export type ListElement = 'Action' | 'NotAction' | 'Resource' | 'NotResource';

const FIELDS = {
  Action: 'action',
  NotAction: 'notAction',
  Resource: 'resource',
  NotResource: 'notResource',
} as const;

export interface ElementValue {
  readonly value: string;
  readonly index: number;
  readonly path: JsonPath;
}

/** The values of one list element of a statement (none when the element is absent). */
export function elementValues(statement: Statement, element: ListElement): ElementValue[] {
  const values = statement[FIELDS[element]] ?? [];
  return values.map((value, index) => ({ value, index, path: [...statement.path, element, index] }));
}

/** The path of a list element itself, e.g. ['Statement', 0, 'Resource']. */
export function elementPath(
  statement: Statement,
  element: ListElement | 'Principal' | 'NotPrincipal',
): JsonPath {
  return [...statement.path, element];
}

/** True when the text contains a wildcard character. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
