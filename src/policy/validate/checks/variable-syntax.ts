/**
 * The syntax of policy variables, `${key}` or `${key, 'default'}`, in a 2012-10-17 policy (earlier
 * versions read `${...}` as text): no closing brace (MISSING_BRACE_IN_VARIABLE), nothing inside
 * (EMPTY_VARIABLE), a space in the key (UNSUPPORTED_SPACE_IN_VARIABLE), a default not in single quotes
 * (MISSING_QUOTE_IN_VARIABLE); and variables in elements other than Resource and Condition, under any
 * version (VARIABLE_UNSUPPORTED_IN_ELEMENT). `${*}`, `${?}` and `${$}` are escapes, not variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-brace-in-variable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-variable-unsupported-in-element
 * Syntax: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import { PRINCIPAL_KINDS, type JsonPath, type Statement } from '../../document/ast.js';
import { elementPath, elementValues, type CheckContext } from '../check-context.js';
import type { CheckIssueCode } from '../report.js';

const ESCAPES = new Set(['*', '?', '$']);

const MESSAGES = {
  MISSING_BRACE_IN_VARIABLE:
    'The policy variable is missing a closing curly brace. Add } after the variable text.',
  EMPTY_VARIABLE:
    'Empty policy variable. Remove the ${ } variable structure or provide a variable within the structure.',
  UNSUPPORTED_SPACE_IN_VARIABLE:
    'A space is not supported within the policy variable text. Remove the space.',
  MISSING_QUOTE_IN_VARIABLE:
    'The policy variable default value must begin and end with a single quote. Add the missing quote.',
} as const satisfies Partial<Record<CheckIssueCode, string>>;

/** The first syntax problem of the variables in a text, if any. */
export function variableSyntaxProblem(text: string): keyof typeof MESSAGES | undefined {
  for (let open = text.indexOf('${'); open >= 0; open = text.indexOf('${', open + 2)) {
    const close = text.indexOf('}', open + 2);
    if (close < 0) return 'MISSING_BRACE_IN_VARIABLE';
    const body = text.slice(open + 2, close);
    if (ESCAPES.has(body)) continue;
    if (body.trim() === '') return 'EMPTY_VARIABLE';
    const comma = body.indexOf(',');
    const key = comma < 0 ? body : body.slice(0, comma);
    if (/\s/.test(key)) return 'UNSUPPORTED_SPACE_IN_VARIABLE';
    const fallback = comma < 0 ? undefined : body.slice(comma + 1).trim();
    if (
      fallback !== undefined &&
      !(fallback.length >= 2 && fallback.startsWith("'") && fallback.endsWith("'"))
    ) {
      return 'MISSING_QUOTE_IN_VARIABLE';
    }
    open = close - 1;
  }
  return undefined;
}

function checkSyntax(ctx: CheckContext, value: string, path: JsonPath): void {
  const problem = variableSyntaxProblem(value);
  if (problem !== undefined) ctx.report.add(problem, MESSAGES[problem], path);
}

/** Values of the elements where variables have no meaning: Action, NotAction, Principal, NotPrincipal. */
function valuesOutsideResourceAndCondition(statement: Statement): { value: string; path: JsonPath }[] {
  const found: { value: string; path: JsonPath }[] = [
    ...elementValues(statement, 'Action'),
    ...elementValues(statement, 'NotAction'),
  ];
  for (const element of ['Principal', 'NotPrincipal'] as const) {
    const block = element === 'Principal' ? statement.principal : statement.notPrincipal;
    if (block === undefined || block === '*') continue;
    for (const kind of PRINCIPAL_KINDS) {
      (block[kind] ?? []).forEach((value, index) =>
        found.push({ value, path: [...elementPath(statement, element), kind, index] }),
      );
    }
  }
  return found;
}

const VARIABLE = /\$\{(?![*?$]\})[^}]*\}/;

export function checkVariableSyntax(ctx: CheckContext): void {
  const versionSupportsVariables = ctx.document.version === '2012-10-17';
  for (const statement of ctx.document.statements) {
    for (const { value, path } of valuesOutsideResourceAndCondition(statement)) {
      const variable = VARIABLE.exec(value)?.[0];
      if (variable === undefined) continue;
      const message = `Policy variables are supported in the Resource and Condition elements. Remove the policy variable ${variable} from this element.`;
      ctx.report.add('VARIABLE_UNSUPPORTED_IN_ELEMENT', message, path);
    }
    if (!versionSupportsVariables) continue;
    for (const { value, path } of [
      ...elementValues(statement, 'Resource'),
      ...elementValues(statement, 'NotResource'),
    ]) {
      checkSyntax(ctx, value, path);
    }
    for (const entry of statement.conditions) {
      entry.values.forEach((value, index) => checkSyntax(ctx, value, [...entry.path, index]));
    }
  }
}
