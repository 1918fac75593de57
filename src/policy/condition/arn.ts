/**
 * ARN condition operators: ArnEquals and ArnLike (identical: case-sensitive, `*` and `?` allowed) and
 * ArnNotEquals, ArnNotLike. Each of the six colon-delimited components is matched separately, so a
 * wildcard never spans a colon between components: `arn:aws:someservice:*:111122223333:finance/*`
 * does not ArnLike-match `arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt`
 * although StringLike matches it. The sixth component (the resource) is everything after the fifth
 * colon and may itself contain colons. Values may use policy variables (Version 2012-10-17).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 *
 * Our choice where the page is silent: a policy value with fewer than six components compares
 * component by component and its last component takes the rest of the request value, so `*` matches
 * any value and `arn:aws:iam::*` any IAM ARN (the Resource element's rule for a trailing `*`). A request
 * value with fewer components than the pattern does not match.
 */
import { escapeRegExp, matchGlob, normalizeGlob, type GlobPart, type GlobPattern } from '../match/glob.js';
import { compileTemplate, resolvePattern, type Template } from '../match/variables.js';
import type { CompiledValues, OperatorSpec, ValueMatcher } from './family.js';
import type { ContextReader } from './types.js';

const COMPONENTS = 6;

/** Splits a value into at most `max` colon-delimited components, the last taking the rest. */
export function splitArn(value: string, max: number = COMPONENTS): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < max - 1) {
    const colon = value.indexOf(':', start);
    if (colon < 0) break;
    out.push(value.slice(start, colon));
    start = colon + 1;
  }
  out.push(value.slice(start));
  return out;
}

/** Splits a glob pattern at its literal colons into at most six component patterns. */
function splitPattern(pattern: GlobPattern): GlobPart[][] {
  const components: GlobPart[][] = [[]];
  for (const part of pattern) {
    if (typeof part !== 'string') {
      components[components.length - 1]!.push(part);
      continue;
    }
    const pieces = splitArn(part, COMPONENTS - components.length + 1);
    components[components.length - 1]!.push(pieces[0]!);
    for (const piece of pieces.slice(1)) components.push([piece]);
  }
  return components;
}

/**
 * A literal pattern as one RegExp: wildcards in the first components stop at colons, wildcards in
 * the last component take the rest of the value. One `test` per request value, no allocation.
 */
export function compileLiteralArn(pattern: GlobPattern): (value: string) => boolean {
  const components = splitPattern(normalizeGlob(pattern));
  const source = components
    .map((component, i) => {
      const last = i === components.length - 1;
      return component
        .map((p) =>
          typeof p === 'string'
            ? escapeRegExp(p)
            : p.wildcard === '*'
              ? last
                ? '.*'
                : '[^:]*'
              : last
                ? '.'
                : '[^:]',
        )
        .join('');
    })
    .join(':');
  const re = new RegExp(`^${source}$`, 'su');
  return (value) => re.test(value);
}

/** Matches a per-request pattern (after variables) component by component, without compiling. */
export function matchDynamicArn(pattern: GlobPattern, value: string): boolean {
  const components = splitPattern(pattern);
  const values = splitArn(value, components.length);
  if (values.length < components.length) return false;
  return components.every((c, i) => matchGlob(c, values[i]!));
}

function compileArnValues(values: readonly string[], allowVariables: boolean): CompiledValues {
  const templates: Template[] = values.map((v) => compileTemplate(v, allowVariables));
  const noContext: ContextReader = { get: () => undefined };
  const literal = templates
    .filter((t) => t.isLiteral)
    .map((t) => compileLiteralArn(resolvePattern(t, noContext) ?? []));
  const dynamic = templates.filter((t) => !t.isLiteral);
  const test = (t: Template, value: string, ctx: ContextReader): boolean => {
    const pattern = resolvePattern(t, ctx);
    return pattern !== null && matchDynamicArn(pattern, value);
  };
  const matcher: ValueMatcher = {
    anyMatch(requestValue, ctx) {
      for (let i = 0; i < literal.length; i++) if (literal[i]!(requestValue)) return true;
      for (let i = 0; i < dynamic.length; i++) if (test(dynamic[i]!, requestValue, ctx)) return true;
      return false;
    },
    matchIndex: (requestValue, ctx) => templates.findIndex((t) => test(t, requestValue, ctx)),
    resolve: (ctx) => templates.map((t) => t.resolve(ctx)),
  };
  return { matcher, variableKeys: [...new Set(templates.flatMap((t) => t.variableKeys))], errors: [] };
}

function arnOperator(name: string, negated: boolean): OperatorSpec {
  return { name, family: 'ARN', negated, verb: 'matches', takesVariables: true, compile: compileArnValues };
}

export const ARN_OPERATORS: readonly OperatorSpec[] = [
  arnOperator('ArnEquals', false),
  arnOperator('ArnLike', false),
  arnOperator('ArnNotEquals', true),
  arnOperator('ArnNotLike', true),
];
