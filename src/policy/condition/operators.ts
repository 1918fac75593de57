/**
 * The registry of every condition operator AWS documents, by base name (no qualifier, no IfExists),
 * gathered from the family files.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import { ARN_OPERATORS } from './arn.js';
import { BINARY_OPERATORS } from './binary.js';
import { BOOL_OPERATORS } from './bool.js';
import { DATE_OPERATORS } from './date.js';
import type { OperatorSpec } from './family.js';
import { IP_OPERATORS } from './ip.js';
import { NULL_OPERATORS } from './null.js';
import { NUMERIC_OPERATORS } from './numeric.js';
import { STRING_OPERATORS } from './string.js';

const ALL: readonly OperatorSpec[] = [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...DATE_OPERATORS,
  ...BOOL_OPERATORS,
  ...BINARY_OPERATORS,
  ...IP_OPERATORS,
  ...ARN_OPERATORS,
  ...NULL_OPERATORS,
];

const BY_NAME: ReadonlyMap<string, OperatorSpec> = new Map(ALL.map((spec) => [spec.name, spec]));

/** Every base operator name, as AWS spells it. */
export const OPERATOR_NAMES: readonly string[] = ALL.map((spec) => spec.name);

/** The operator with this exact base name (case-sensitive), if AWS documents one. */
export function findOperator(base: string): OperatorSpec | undefined {
  return BY_NAME.get(base);
}
