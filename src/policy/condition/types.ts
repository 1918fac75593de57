/**
 * The contract between compiled conditions and the request context. A compiled condition is built once
 * per policy and evaluated many times, so everything that can be decided at compile time (operator
 * family, qualifiers, parsed numbers, dates, CIDRs, templates) is decided then.
 * Operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

/** A context value as the request carries it: one string, or several for multivalued keys. */
export type ContextValue = string | readonly string[];

/** Read access to the request context. Keys are passed lower-cased. */
export interface ContextReader {
  get(lowerKey: string): ContextValue | undefined;
}

/** Why one condition entry matched or not, with the values after variable resolution. */
export interface ConditionTrace {
  readonly operator: string;
  readonly key: string;
  /** Policy values after resolving variables; null where a variable had no value. */
  readonly policyValues: readonly (string | null)[];
  /** The request's value(s) for the key, or undefined when the request lacks it. */
  readonly requestValue: ContextValue | undefined;
  readonly matched: boolean;
  /** A sentence saying why, e.g. `key aws:username is missing from the request` or `"alice" equals "alice"`. */
  readonly reason: string;
  /** Values or operators that could not be interpreted (bad number, bad date, bad CIDR, unknown operator). */
  readonly errors?: readonly string[];
}

export interface CompiledCondition {
  readonly operator: string;
  readonly key: string;
  /** The key lower-cased, as ContextReader.get expects it. */
  readonly lowerKey: string;
  /** Lower-cased keys of every policy variable used in the values (for missing-key reporting). */
  readonly variableKeys: readonly string[];
  /** True when the entry can never be evaluated (unknown operator, ...): it never matches. */
  readonly invalid: boolean;
  matches(ctx: ContextReader): boolean;
  explain(ctx: ContextReader): ConditionTrace;
}
