/**
 * String condition operators: StringEquals, StringNotEquals, StringEqualsIgnoreCase,
 * StringNotEqualsIgnoreCase (exact, case-sensitive or not) and StringLike, StringNotLike (case-sensitive
 * `*` / `?` wildcards anywhere). Values may use policy variables (Version 2012-10-17).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 *
 * Speed: literal values are compiled once (one `===`, a short loop, or a Set for many values; globs
 * compiled once); only values with variables are resolved per request.
 */
import { compileGlob, matchGlob, type GlobMatcher } from '../match/glob.js';
import { compileTemplate, resolvePattern, type Template } from '../match/variables.js';
import type { CompiledValues, OperatorSpec, ValueMatcher } from './family.js';
import type { ContextReader } from './types.js';

type Mode = 'equals' | 'ignoreCase' | 'like';

/** A membership test over fixed strings, shaped by how many there are. */
export function equalsAny(values: readonly string[]): (s: string) => boolean {
  if (values.length === 0) return () => false;
  if (values.length === 1) {
    const only = values[0]!;
    return (s) => s === only;
  }
  if (values.length <= 4) return (s) => values.includes(s);
  const set = new Set(values);
  return (s) => set.has(s);
}

/** The positive test of one template against one (lower-cased when ignoring case) request value. */
function templateTest(mode: Mode, t: Template, v: string, ctx: ContextReader): boolean {
  if (mode === 'like') {
    const pattern = resolvePattern(t, ctx);
    return pattern !== null && matchGlob(pattern, v);
  }
  const resolved = t.resolve(ctx);
  if (resolved === null) return false;
  return (mode === 'ignoreCase' ? resolved.toLowerCase() : resolved) === v;
}

function compileStringValues(values: readonly string[], allowVariables: boolean, mode: Mode): CompiledValues {
  const templates = values.map((v) => compileTemplate(v, allowVariables));
  const literal = templates.filter((t) => t.isLiteral);
  const dynamic = templates.filter((t) => !t.isLiteral);
  const noContext: ContextReader = { get: () => undefined };

  let literalTest: (v: string) => boolean;
  if (mode === 'like') {
    const globs: GlobMatcher[] = literal.map((t) => compileGlob(resolvePattern(t, noContext) ?? []));
    literalTest = globs.length === 1 ? globs[0]! : (v) => globs.some((g) => g(v));
  } else {
    const fixed = literal.map((t) => t.resolveLiteral());
    literalTest = equalsAny(mode === 'ignoreCase' ? fixed.map((s) => s.toLowerCase()) : fixed);
  }
  const prepare = mode === 'ignoreCase' ? (v: string) => v.toLowerCase() : (v: string) => v;

  const matcher: ValueMatcher = {
    anyMatch(requestValue, ctx) {
      const v = prepare(requestValue);
      if (literalTest(v)) return true;
      for (let i = 0; i < dynamic.length; i++) if (templateTest(mode, dynamic[i]!, v, ctx)) return true;
      return false;
    },
    matchIndex(requestValue, ctx) {
      const v = prepare(requestValue);
      return templates.findIndex((t) => templateTest(mode, t, v, ctx));
    },
    resolve: (ctx) => templates.map((t) => t.resolve(ctx)),
  };
  return { matcher, variableKeys: [...new Set(templates.flatMap((t) => t.variableKeys))], errors: [] };
}

function stringOperator(name: string, negated: boolean, verb: string, mode: Mode): OperatorSpec {
  return {
    name,
    family: 'String',
    negated,
    verb,
    takesVariables: true,
    compile: (values, allowVariables) => compileStringValues(values, allowVariables, mode),
  };
}

export const STRING_OPERATORS: readonly OperatorSpec[] = [
  stringOperator('StringEquals', false, 'equals', 'equals'),
  stringOperator('StringNotEquals', true, 'equals', 'equals'),
  stringOperator('StringEqualsIgnoreCase', false, 'equals (ignoring case)', 'ignoreCase'),
  stringOperator('StringNotEqualsIgnoreCase', true, 'equals (ignoring case)', 'ignoreCase'),
  stringOperator('StringLike', false, 'matches', 'like'),
  stringOperator('StringNotLike', true, 'matches', 'like'),
];
