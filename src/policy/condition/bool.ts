/**
 * The Bool condition operator: the request value and the policy value are "true" or "false", compared
 * case-insensitively ("True" is true). A request value that is neither matches nothing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 *
 * Variables: the operators page says Bool takes policy variables, the variables page lists Boolean among
 * the operators that do not. A variable would only ever resolve to "true"/"false" through another Bool
 * key, so Bool values are literals here (the variables page's reading):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-conditionelement
 */
import { itemMatcher, NEVER, parseAll, type OperatorSpec } from './family.js';

/** true, false, or undefined when the text is not a Boolean (case-insensitive). */
export function parseBool(text: string): boolean | undefined {
  if (text === 'true') return true;
  if (text === 'false') return false;
  const lower = text.length === 4 || text.length === 5 ? text.toLowerCase() : '';
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

export const BOOL_OPERATORS: readonly OperatorSpec[] = [
  {
    name: 'Bool',
    family: 'Boolean',
    negated: false,
    verb: 'equals',
    takesVariables: false,
    compile(values) {
      const { items, errors } = parseAll(values, parseBool, 'true or false');
      const matcher = errors.length > 0 ? NEVER : itemMatcher(values, items, parseBool, (r, p) => r === p);
      return { matcher, variableKeys: [], errors };
    },
  },
];
