/**
 * A request context that satisfies a statement's Condition block, so that a managed policy's conditional
 * grants become concrete requirements: for each operator the simplest value that makes it true
 * (StringEquals: the first value; StringLike: the pattern with its wildcards filled; Numeric/Date: the
 * bound or one step past it; IpAddress: the network address; Null "true": the key left out; negated
 * operators: a value none of the listed ones equals). Set qualifiers get a one-element list.
 * Operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { ConditionEntry } from '../../policy/document/ast.js';
import type { ContextValue } from '../../policy/condition/types.js';
import { parseOperatorName } from '../../policy/condition/operator-name.js';

/** Text that fills wildcards and unknown values in representative requests. */
export const FILLER = 'ibiam-doctor';
const OTHER = 'ibiam-doctor-other-value';

/** Replaces ${key} policy variables (and ${key, 'default'}) with known values; unknown ones stay. */
export function substituteVariables(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([^}]+)\}/g, (whole, inner: string) => {
    const [key = '', fallback] = inner.split(',').map((s) => s.trim());
    const value = variables[key.toLowerCase()];
    if (value !== undefined) return value;
    if (fallback !== undefined) return fallback.replace(/^'(.*)'$/, '$1');
    return /^[*?$]$/.test(key) ? key : whole;
  });
}

/**
 * A concrete string matched by a glob pattern (`*` and `?` filled). A `*` right after a letter or digit
 * is filled with `-` + filler (`ec2imagebuilder*` -> `ec2imagebuilder-ibiam-doctor`), so that the value
 * also meets the narrower patterns people write for the same thing (`ec2imagebuilder-*`).
 */
export function fillGlob(pattern: string, filler = FILLER): string {
  return pattern
    .replace(/\*/g, (_, offset: number, whole: string) =>
      /[A-Za-z0-9]/.test(whole[offset - 1] ?? '') ? `-${filler}` : filler,
    )
    .replace(/\?/g, 'x');
}

function shiftDate(value: string, seconds: number): string {
  if (/^\d+$/.test(value)) return String(Number(value) + seconds);
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time + seconds * 1000).toISOString();
}

/** One value satisfying `base` against the policy value `v` (undefined: leave the key out). */
function satisfying(base: string, v: string): string | undefined {
  switch (base) {
    case 'StringEquals':
    case 'StringEqualsIgnoreCase':
    case 'ArnEquals':
    case 'Bool':
    case 'BinaryEquals':
    case 'NumericEquals':
    case 'NumericLessThanEquals':
    case 'NumericGreaterThanEquals':
    case 'DateEquals':
    case 'DateLessThanEquals':
    case 'DateGreaterThanEquals':
      return v;
    case 'StringLike':
    case 'ArnLike':
      return fillGlob(v);
    case 'NumericLessThan':
      return String(Number(v) - 1);
    case 'NumericGreaterThan':
    case 'NumericNotEquals':
      return String(Number(v) + 1);
    case 'DateLessThan':
      return shiftDate(v, -1);
    case 'DateGreaterThan':
    case 'DateNotEquals':
      return shiftDate(v, 1);
    case 'IpAddress':
      return v.replace(/\/\d+$/, '');
    case 'NotIpAddress':
      return v.includes(':') ? '2001:db8::1' : '192.0.2.1';
    case 'Null':
      return v === 'true' ? undefined : FILLER;
    default:
      // StringNotEquals, StringNotLike, ArnNotEquals, ArnNotLike, ...IgnoreCase: a value equal to none.
      return OTHER;
  }
}

/**
 * The context satisfying every entry of a Condition block. Entries AND together; a key already given a
 * value by an earlier entry keeps it.
 */
export function satisfyingContext(
  conditions: readonly ConditionEntry[],
  variables: Readonly<Record<string, string>>,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  const seen = new Set<string>();
  for (const entry of conditions) {
    const key = entry.key.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const op = parseOperatorName(entry.operator);
    const first = substituteVariables(entry.values[0] ?? '', variables);
    const value = satisfying(op.base, first);
    if (value === undefined) continue;
    context[entry.key] = op.qualifier ? [value] : value;
  }
  return context;
}
