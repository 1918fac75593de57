/**
 * The Null condition operator: `"true"` means the key must be absent (null) from the request, `"false"`
 * that it is present with a value. Values compare case-insensitively; no policy variables and no
 * IfExists suffix. A multivalued key with an empty list of values counts as null ("context keys with
 * empty values" are what a `Null: false` check guards against).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
 *
 * With a set qualifier (a combination AWS does not describe) each present value is "not null": it
 * matches a `"false"` policy value and never a `"true"` one, and the qualifier's usual rules apply.
 */
import { parseBool } from './bool.js';
import { NEVER, parseAll, type OperatorSpec, type ValueMatcher } from './family.js';

export const NULL_OPERATORS: readonly OperatorSpec[] = [
  {
    name: 'Null',
    family: 'Null',
    negated: false,
    verb: 'satisfies',
    takesVariables: false,
    allowsIfExists: false,
    compile(values) {
      const { items, errors } = parseAll(values, parseBool, 'true or false');
      if (errors.length > 0) return { matcher: NEVER, variableKeys: [], errors };
      const wantsPresent = items.indexOf(false);
      const shown = values.slice();
      const matcher: ValueMatcher = {
        anyMatch: () => wantsPresent >= 0,
        matchIndex: () => wantsPresent,
        resolve: () => shown.slice(),
      };
      return { matcher, variableKeys: [], errors, onMissing: items.includes(true) };
    },
  },
];
