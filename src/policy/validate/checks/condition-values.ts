/**
 * Condition values that the operator cannot read: not a Boolean for Bool and Null (TYPE_MISMATCH_BOOLEAN),
 * not a number (TYPE_MISMATCH_NUMBER), not a date (TYPE_MISMATCH_DATE), not base-64 (TYPE_MISMATCH_STRING);
 * and values that read but probably not as meant: several Booleans (INVALID_CONDITION_MULTIPLE_BOOLEAN),
 * epoch seconds for a date (INVALID_DATE_VALUE), several bounds for one comparison
 * (REDUNDANT_CONDITION_VALUE_NUM), and `*` or `?` with an Equals operator (WILDCARD_WITHOUT_LIKE_OPERATOR).
 * Values holding policy variables are the variables check's business.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch-boolean
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-invalid-date-value
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-condition-value-num
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-wildcard-without-like-operator
 */
import { canonicalBase64 } from '../../condition/binary.js';
import { parseBool } from '../../condition/bool.js';
import { parseDate } from '../../condition/date-parse.js';
import { parseNumber } from '../../condition/numeric.js';
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import type { ConditionEntry } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';
import { hasPolicyVariable } from './policy-variables.js';

const EPOCH_SECONDS = /^-?\d+(?:\.\d+)?$/;
const EQUALS_OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
]);
/** Comparisons where one bound makes the others redundant, and which bound to keep. */
const BOUNDS: ReadonlyMap<string, string> = new Map([
  ['NumericLessThan', 'greatest'],
  ['NumericLessThanEquals', 'greatest'],
  ['NumericGreaterThan', 'least'],
  ['NumericGreaterThanEquals', 'least'],
]);

function checkEntry(ctx: CheckContext, entry: ConditionEntry): void {
  const { report } = ctx;
  const spec = findOperator(parseOperatorName(entry.operator).base);
  if (spec === undefined) return;
  const op = entry.operator;
  const values = entry.values.map((value, index) => ({ value, path: [...entry.path, index] }));
  const literal = spec.takesVariables ? values : values.filter((v) => !hasPolicyVariable(v.value));
  switch (spec.family) {
    case 'Boolean':
    case 'Null':
      for (const { path } of literal.filter((v) => parseBool(v.value) === undefined)) {
        report.add(
          'TYPE_MISMATCH_BOOLEAN',
          `Add a valid Boolean value (true or false) for the condition operator ${op}.`,
          path,
        );
      }
      if (spec.family === 'Boolean' && entry.values.length > 1) {
        const message =
          'The condition key does not support multiple Boolean values. Use a single Boolean value.';
        report.add('INVALID_CONDITION_MULTIPLE_BOOLEAN', message, entry.path);
      }
      return;
    case 'Numeric': {
      const numbers = literal.filter((v) => parseNumber(v.value) !== undefined);
      for (const { path } of literal.filter((v) => parseNumber(v.value) === undefined)) {
        report.add(
          'TYPE_MISMATCH_NUMBER',
          `Add a valid numeric value for the condition operator ${op}.`,
          path,
        );
      }
      const keep = BOUNDS.get(spec.name);
      if (keep !== undefined && numbers.length > 1) {
        const message = `Multiple values in ${op} are redundant. Replace with the ${keep} single value for ${entry.key}.`;
        report.add('REDUNDANT_CONDITION_VALUE_NUM', message, entry.path);
      }
      return;
    }
    case 'Date':
      for (const { value, path } of literal) {
        if (parseDate(value) === undefined) {
          const message =
            'The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.';
          report.add('TYPE_MISMATCH_DATE', message, path);
        } else if (EPOCH_SECONDS.test(value) && entry.key.toLowerCase() !== 'aws:epochtime') {
          const message = `The date ${value} might not resolve as expected. We recommend that you use the YYYY-MM-DD format.`;
          report.add('INVALID_DATE_VALUE', message, path);
        }
      }
      return;
    case 'Binary':
      for (const { path } of literal.filter((v) => canonicalBase64(v.value) === undefined)) {
        report.add(
          'TYPE_MISMATCH_STRING',
          `Add a valid base64-encoded string value for the condition operator ${op}.`,
          path,
        );
      }
      return;
    case 'String': {
      if (!EQUALS_OPERATORS.has(spec.name)) return;
      // `${*}` and `${?}` are the literal characters, written on purpose.
      const wild = values.find((v) => /[*?]/.test(v.value.replace(/\$\{[*?]\}/g, '')));
      if (wild !== undefined) {
        const message =
          'Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.';
        report.add('WILDCARD_WITHOUT_LIKE_OPERATOR', message, wild.path);
      }
      return;
    }
  }
}

export function checkConditionValues(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const entry of statement.conditions) checkEntry(ctx, entry);
  }
}
