/**
 * Date condition operators: DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals,
 * DateGreaterThan, DateGreaterThanEquals. Both sides are W3C ISO 8601 dates/times or epoch seconds
 * (see date-parse.ts), compared as instants. No wildcards and no policy variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 */
import { parseDate } from './date-parse.js';
import { itemMatcher, NEVER, parseAll, type OperatorSpec } from './family.js';

type Compare = (request: number, policy: number) => boolean;

function dateOperator(name: string, negated: boolean, verb: string, compare: Compare): OperatorSpec {
  return {
    name,
    family: 'Date',
    negated,
    verb,
    takesVariables: false,
    compile(values) {
      const { items, errors } = parseAll(values, parseDate, 'a W3C ISO 8601 date or epoch time');
      const matcher = errors.length > 0 ? NEVER : itemMatcher(values, items, parseDate, compare);
      return { matcher, variableKeys: [], errors };
    },
  };
}

const same: Compare = (r, p) => r === p;

export const DATE_OPERATORS: readonly OperatorSpec[] = [
  dateOperator('DateEquals', false, 'is the same time as', same),
  dateOperator('DateNotEquals', true, 'is the same time as', same),
  dateOperator('DateLessThan', false, 'is before', (r, p) => r < p),
  dateOperator('DateLessThanEquals', false, 'is at or before', (r, p) => r <= p),
  dateOperator('DateGreaterThan', false, 'is after', (r, p) => r > p),
  dateOperator('DateGreaterThanEquals', false, 'is at or after', (r, p) => r >= p),
];
