/**
 * Splits a condition operator as written into its set qualifier (`ForAllValues:` / `ForAnyValue:`), base
 * name and `IfExists` suffix, e.g. `ForAnyValue:StringLikeIfExists` -> ForAnyValue + StringLike + IfExists.
 *
 * Casing: operator names are matched exactly as AWS documents them. IAM rejects other spellings when a
 * policy is saved ("MalformedPolicyDocument: Invalid Condition type : stringEquals", observed in
 * https://github.com/ministryofjustice/modernisation-platform-environments/pull/8893), and the grammar
 * lists condition types as literal strings, so `stringEquals` is an unknown operator here too.
 * Operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * Set qualifiers: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */

export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

export interface OperatorName {
  /** The operator exactly as written. */
  readonly text: string;
  readonly qualifier: SetQualifier | undefined;
  /** The base operator, e.g. `StringLike` (no qualifier, no IfExists). */
  readonly base: string;
  readonly ifExists: boolean;
}

const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];
const IF_EXISTS = 'IfExists';

/** Parses the name's structure; whether the base name exists is for the operator registry to say. */
export function parseOperatorName(text: string): OperatorName {
  let rest = text;
  let qualifier: SetQualifier | undefined;
  for (const q of QUALIFIERS) {
    if (rest.startsWith(q + ':')) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
      break;
    }
  }
  const ifExists = rest.endsWith(IF_EXISTS) && rest.length > IF_EXISTS.length;
  const base = ifExists ? rest.slice(0, -IF_EXISTS.length) : rest;
  return { text, qualifier, base, ifExists };
}
