/**
 * Numeric condition operators: NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals,
 * NumericGreaterThan, NumericGreaterThanEquals, comparing integers or decimals. No policy variables: a
 * `${...}` value is a literal and therefore not a number. The comparison reads "request value <op>
 * policy value" (NumericLessThanEquals 10 allows up to 10).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
import { itemMatcher, NEVER, parseAll, type OperatorSpec } from './family.js';

/** Integer or decimal, optional sign and exponent, no spaces. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses an integer or decimal written as text; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

type Compare = (request: number, policy: number) => boolean;

function numericOperator(name: string, negated: boolean, verb: string, compare: Compare): OperatorSpec {
  return {
    name,
    family: 'Numeric',
    negated,
    verb,
    takesVariables: false,
    compile(values) {
      const { items, errors } = parseAll(values, parseNumber, 'a number');
      const matcher = errors.length > 0 ? NEVER : itemMatcher(values, items, parseNumber, compare);
      return { matcher, variableKeys: [], errors };
    },
  };
}

const eq: Compare = (r, p) => r === p;

export const NUMERIC_OPERATORS: readonly OperatorSpec[] = [
  numericOperator('NumericEquals', false, 'equals', eq),
  numericOperator('NumericNotEquals', true, 'equals', eq),
  numericOperator('NumericLessThan', false, 'is less than', (r, p) => r < p),
  numericOperator('NumericLessThanEquals', false, 'is less than or equal to', (r, p) => r <= p),
  numericOperator('NumericGreaterThan', false, 'is greater than', (r, p) => r > p),
  numericOperator('NumericGreaterThanEquals', false, 'is greater than or equal to', (r, p) => r >= p),
];
