/**
 * The BinaryEquals condition operator: the policy value is the base-64 encoding of a binary value and
 * the request's value (also base-64 text) is compared with it byte for byte. Both sides are decoded and
 * re-encoded canonically, so padding differences do not matter; text that is not base-64 matches nothing.
 * No policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
import { itemMatcher, NEVER, parseAll, type OperatorSpec } from './family.js';

/** Standard alphabet, optional padding; the length without padding cannot leave one stray character. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** The canonical base-64 form of the bytes the text encodes, or undefined when it is not base-64. */
export function canonicalBase64(text: string): string | undefined {
  if (!BASE64.test(text)) return undefined;
  return Buffer.from(text, 'base64').toString('base64');
}

export const BINARY_OPERATORS: readonly OperatorSpec[] = [
  {
    name: 'BinaryEquals',
    family: 'Binary',
    negated: false,
    verb: 'equals (byte for byte)',
    takesVariables: false,
    compile(values) {
      const { items, errors } = parseAll(values, canonicalBase64, 'base-64 encoded binary');
      // Fast path: a request value written exactly like the canonical policy value needs no decoding.
      const parse = (v: string): string | undefined => (items.includes(v) ? v : canonicalBase64(v));
      const matcher = errors.length > 0 ? NEVER : itemMatcher(values, items, parse, (r, p) => r === p);
      return { matcher, variableKeys: [], errors };
    },
  },
];
