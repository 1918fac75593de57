/**
 * One-sentence explanations of a condition entry's outcome, following the rules in set-semantics.ts
 * (missing keys, IfExists, negation, set qualifiers). Slower than matches() and allowed to be:
 * explanations are for people.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { CompiledValues, OperatorSpec } from './family.js';
import { isEmptySet, type EntryShape } from './set-semantics.js';
import type { ConditionTrace, ContextReader, ContextValue } from './types.js';

export interface ExplainSubject {
  readonly operator: string;
  readonly key: string;
  readonly lowerKey: string;
  readonly spec: OperatorSpec;
  readonly shape: EntryShape;
  readonly values: CompiledValues;
}

const quote = (v: string | null): string =>
  v === null ? 'null (a variable without a value)' : JSON.stringify(v);
const list = (vs: readonly (string | null)[]): string =>
  vs.length === 1 ? quote(vs[0]!) : `[${vs.map(quote).join(', ')}]`;

/** `equals` -> `does not equal`, `matches` -> `does not match`, `is in` -> `is not in`, `satisfies` -> `does not satisfy`. */
export function negateVerb(verb: string): string {
  if (verb.startsWith('is ')) return 'is not ' + verb.slice(3);
  if (verb.startsWith('equals')) return 'does not equal' + verb.slice(6);
  if (verb.startsWith('matches')) return 'does not match' + verb.slice(7);
  if (verb.startsWith('satisfies')) return 'does not satisfy' + verb.slice(9);
  return 'does not satisfy ' + verb;
}

/** Why a single request value passes or fails the positive test. */
function valueSentence(s: ExplainSubject, v: string, policy: (string | null)[], ctx: ContextReader): string {
  const i = s.values.matcher.matchIndex(v, ctx);
  if (i >= 0) return `${quote(v)} ${s.spec.verb} ${quote(policy[i] ?? null)}`;
  return `${quote(v)} ${negateVerb(s.spec.verb)} ${policy.length > 1 ? 'any of ' : ''}${list(policy)}`;
}

function missingSentence(s: ExplainSubject, matched: boolean): string {
  const missing = `key ${s.key} is missing from the request`;
  if (s.spec.name === 'Null')
    return `${missing}, and ${s.operator} ${matched ? 'expects' : 'does not expect'} it to be null`;
  if (s.shape.ifExists) return `${missing}, and ${s.operator} treats a missing key as a match`;
  if (s.shape.negated) return `${missing}, and the negated operator ${s.operator} matches a missing key`;
  return `${missing}, so ${s.operator} does not match`;
}

function unqualifiedSentence(
  s: ExplainSubject,
  value: ContextValue,
  policy: (string | null)[],
  matched: boolean,
  ctx: ContextReader,
): string {
  const m = s.values.matcher;
  if (s.spec.name === 'Null')
    return `key ${s.key} is present, and ${s.operator} ${matched ? 'expects' : 'does not expect'} a value`;
  const all = typeof value === 'string' ? [value] : value;
  const hit = all.find((v) => m.anyMatch(v, ctx));
  const shown = hit ?? all[0]!;
  const prefix =
    all.length > 1
      ? `the request has ${all.length} values for ${s.key} and no set qualifier, so any value counts: `
      : '';
  const tail = s.shape.negated ? `, so ${s.operator} ${matched ? 'matches' : 'does not match'}` : '';
  if (hit === undefined && all.length > 1) {
    return `${prefix}no request value ${s.spec.verb} ${policy.length > 1 ? 'any of ' : ''}${list(policy)}${tail}`;
  }
  return prefix + valueSentence(s, shown, policy, ctx) + tail;
}

function qualifiedSentence(
  s: ExplainSubject,
  all: readonly string[],
  policy: (string | null)[],
  ctx: ContextReader,
): string {
  const m = s.values.matcher;
  const { qualifier, negated } = s.shape;
  const passes = (v: string): boolean => m.anyMatch(v, ctx) !== negated;
  const test = negated ? `${negateVerb(s.spec.verb)} any of` : `${s.spec.verb} one of`;
  if (qualifier === 'ForAllValues') {
    const failing = all.find((v) => !passes(v));
    if (failing === undefined) return `every request value of ${s.key} ${test} ${list(policy)}`;
    return `not every request value passes ${s.operator}: ${valueSentence(s, failing, policy, ctx)}`;
  }
  const passing = all.find(passes);
  if (passing === undefined) return `no request value of ${s.key} ${test} ${list(policy)}`;
  return `${s.operator} is satisfied by one request value: ${valueSentence(s, passing, policy, ctx)}`;
}

/** The trace for one entry; `matched` is the hot path's result, recomputed by the caller. */
export function explainEntry(s: ExplainSubject, ctx: ContextReader, matched: boolean): ConditionTrace {
  const requestValue = ctx.get(s.lowerKey);
  const policyValues = s.values.matcher.resolve(ctx);
  let reason: string;
  if (s.shape.qualifier !== undefined) {
    if (isEmptySet(requestValue)) {
      const verdict = s.shape.qualifier === 'ForAllValues' ? 'matches' : 'does not match';
      reason = `key ${s.key} has no values in the request, and ${s.operator} ${verdict} an empty set`;
    } else {
      const all = typeof requestValue === 'string' ? [requestValue] : requestValue!;
      reason = qualifiedSentence(s, all, policyValues, ctx);
    }
  } else if (requestValue === undefined || (typeof requestValue !== 'string' && requestValue.length === 0)) {
    reason = missingSentence(s, matched);
  } else {
    reason = unqualifiedSentence(s, requestValue, policyValues, matched, ctx);
  }
  return { operator: s.operator, key: s.key, policyValues, requestValue, matched, reason };
}
