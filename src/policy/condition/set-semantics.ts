/**
 * How one condition entry combines the request's value(s) for its key with the policy values: the
 * missing-key rules, IfExists, negation, and the ForAllValues / ForAnyValue set qualifiers.
 *
 * - Several policy values OR together; for a negated operator the request value must match none of
 *   them (NOR). https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * - Missing key: false, except negated operators (true), `...IfExists` (true) and Null.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * - ForAllValues: true when every request value matches; also true when the key is missing or its
 *   set is empty. ForAnyValue: true when some request value matches; false when missing or empty. With a
 *   negated operator each request value is tested with the negated operator.
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *   An empty data set includes an empty string ("If the key values in the request resolve to an empty
 *   data set (for example, an empty string)"), from the set-operations page of the IAM User Guide:
 *   https://github.com/awsdocs/iam-user-guide/blob/main/doc_source/reference_policies_multi-value-conditions.md
 * - IfExists under a qualifier changes nothing: ForAnyValue:...IfExists is still false for a missing key
 *   (observed by AWS users: https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w), and ForAllValues is
 *   already true then.
 * - Without a qualifier, an empty list counts as a missing key, and a request with several values
 *   (a multivalued key, which AWS says requires a set operator but does not say what happens
 *   otherwise) is read as "some request value": a positive operator matches when any value matches,
 *   a negated one when no value matches. This is our documented choice, not an AWS statement.
 */
import type { SetQualifier } from './operator-name.js';
import type { CompiledValues, ValueMatcher } from './family.js';
import type { ContextReader, ContextValue } from './types.js';

export interface EntryShape {
  readonly qualifier: SetQualifier | undefined;
  readonly ifExists: boolean;
  readonly negated: boolean;
}

/** The result, without a qualifier, when the request has no value for the key. */
export function missingResult(shape: EntryShape, values: CompiledValues): boolean {
  if (values.onMissing !== undefined) return values.onMissing;
  return shape.ifExists || shape.negated;
}

/** True when the request's value is an empty set under a qualifier: missing, `[]`, or `""`. */
export function isEmptySet(value: ContextValue | undefined): boolean {
  return value === undefined || value.length === 0;
}

/** Builds the hot-path evaluator for one entry: no parsing, no allocation for single values. */
export function compileEvaluator(
  shape: EntryShape,
  values: CompiledValues,
  lowerKey: string,
): (ctx: ContextReader) => boolean {
  const m: ValueMatcher = values.matcher;
  const negated = shape.negated;
  if (shape.qualifier === undefined) {
    const onMissing = missingResult(shape, values);
    return (ctx) => {
      const value = ctx.get(lowerKey);
      if (value === undefined) return onMissing;
      if (typeof value === 'string') return m.anyMatch(value, ctx) !== negated;
      if (value.length === 0) return onMissing;
      for (const v of value) if (m.anyMatch(v, ctx)) return !negated;
      return negated;
    };
  }
  if (shape.qualifier === 'ForAllValues') {
    // Every request value must pass the (possibly negated) test.
    return (ctx) => {
      const value = ctx.get(lowerKey);
      if (value === undefined || value.length === 0) return true;
      if (typeof value === 'string') return m.anyMatch(value, ctx) !== negated;
      for (const v of value) if (m.anyMatch(v, ctx) === negated) return false;
      return true;
    };
  }
  // ForAnyValue: some request value must pass the (possibly negated) test.
  return (ctx) => {
    const value = ctx.get(lowerKey);
    if (value === undefined || value.length === 0) return false;
    if (typeof value === 'string') return m.anyMatch(value, ctx) !== negated;
    for (const v of value) if (m.anyMatch(v, ctx) !== negated) return true;
    return false;
  };
}
