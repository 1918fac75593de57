/**
 * What every operator family declares: its operators with their flags (negated, variables allowed,
 * IfExists allowed) and how it compiles the policy values of one condition entry into a value matcher.
 * The set and existence logic that is common to all families lives in set-semantics.ts.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { ContextReader } from './types.js';

/** The policy values of one entry, compiled for one operator (negation is applied by the caller). */
export interface ValueMatcher {
  /** The positive test: does this one request value match at least one policy value? */
  anyMatch(requestValue: string, ctx: ContextReader): boolean;
  /** Index of the first policy value the request value matches, or -1 (for explanations). */
  matchIndex(requestValue: string, ctx: ContextReader): number;
  /** Policy values after resolving variables; null where a variable had no value. */
  resolve(ctx: ContextReader): (string | null)[];
}

/** The result of compiling an entry's policy values. */
export interface CompiledValues {
  readonly matcher: ValueMatcher;
  /** Lower-cased keys of the policy variables used in the values. */
  readonly variableKeys: readonly string[];
  /** Values that could not be interpreted; any error makes the whole entry invalid. */
  readonly errors: readonly string[];
  /** Existence operators (Null) only: the result when the key is missing, before any qualifier. */
  readonly onMissing?: boolean;
}

export interface OperatorSpec {
  /** The base name as AWS spells it, e.g. `NumericLessThanEquals`. */
  readonly name: string;
  /** The family's name in explanations, e.g. `String`. */
  readonly family: string;
  /** Negated operators (`StringNotEquals`, `NotIpAddress`, ...) match a request value that matches no policy value. */
  readonly negated: boolean;
  /** How a match reads in a sentence, e.g. `equals`, `is less than`, `is in`. */
  readonly verb: string;
  /** String and ARN operators resolve policy variables (Version 2012-10-17 only). */
  readonly takesVariables: boolean;
  /** False for Null, the one operator that cannot take the IfExists suffix. Default true. */
  readonly allowsIfExists?: boolean;
  compile(values: readonly string[], allowVariables: boolean): CompiledValues;
}

/**
 * A ValueMatcher for families whose policy values are parsed once into items (numbers, dates, CIDRs):
 * the request value is parsed by `parse` (undefined = uninterpretable, matches nothing) and compared
 * with each item by `test`.
 */
export function itemMatcher<R, T>(
  raw: readonly string[],
  items: readonly T[],
  parse: (requestValue: string) => R | undefined,
  test: (request: R, item: T) => boolean,
): ValueMatcher {
  const shown = raw.slice();
  const matchIndex = (requestValue: string): number => {
    const r = parse(requestValue);
    if (r === undefined) return -1;
    for (let i = 0; i < items.length; i++) if (test(r, items[i]!)) return i;
    return -1;
  };
  return {
    anyMatch: (requestValue) => matchIndex(requestValue) >= 0,
    matchIndex,
    resolve: () => shown.slice(),
  };
}

/** Compiles literal (variable-free) values with `parse`; values it rejects become errors. */
export function parseAll<T>(
  values: readonly string[],
  parse: (value: string) => T | undefined,
  what: string,
): { items: T[]; errors: string[] } {
  const items: T[] = [];
  const errors: string[] = [];
  for (const value of values) {
    const item = parse(value);
    if (item === undefined) errors.push(`${JSON.stringify(value)} is not ${what}`);
    else items.push(item);
  }
  return { items, errors };
}

/** A matcher that never matches (the entry is invalid). */
export const NEVER: ValueMatcher = {
  anyMatch: () => false,
  matchIndex: () => -1,
  resolve: () => [],
};
