/**
 * Compiles one `Operator: { Key: values }` condition entry into a CompiledCondition: the operator name is
 * parsed and looked up once, policy values are parsed once (numbers, dates, CIDRs, base-64, templates),
 * and matches() only reads the request context. Entries that cannot be interpreted (unknown operator,
 * IfExists on Null, a bad value, no values) never throw: they are `invalid`, never match, and say why.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import type { ConditionEntry, PolicyVersion } from '../document/ast.js';
import { explainEntry, type ExplainSubject } from './explain.js';
import type { CompiledValues } from './family.js';
import { parseOperatorName } from './operator-name.js';
import { findOperator } from './operators.js';
import { compileEvaluator, type EntryShape } from './set-semantics.js';
import type { CompiledCondition, ConditionTrace, ContextReader } from './types.js';

/** Policy variables exist only in the 2012-10-17 policy language. */
export const VARIABLES_VERSION: PolicyVersion = '2012-10-17';

function invalidCondition(
  entry: ConditionEntry,
  errors: readonly string[],
  variableKeys: readonly string[] = [],
): CompiledCondition {
  const lowerKey = entry.key.toLowerCase();
  const reason = `the condition can never match: ${errors.join('; ')}`;
  return {
    operator: entry.operator,
    key: entry.key,
    lowerKey,
    variableKeys,
    invalid: true,
    matches: () => false,
    explain(ctx: ContextReader): ConditionTrace {
      return {
        operator: entry.operator,
        key: entry.key,
        policyValues: entry.values.slice(),
        requestValue: ctx.get(lowerKey),
        matched: false,
        reason,
        errors,
      };
    },
  };
}

export function compileCondition(
  entry: ConditionEntry,
  version: PolicyVersion | undefined,
): CompiledCondition {
  const name = parseOperatorName(entry.operator);
  const spec = findOperator(name.base);
  if (!spec)
    return invalidCondition(entry, [
      `${entry.operator} is not a condition operator (names are case-sensitive)`,
    ]);
  if (name.ifExists && spec.allowsIfExists === false) {
    return invalidCondition(entry, [`${spec.name} cannot take the IfExists suffix`]);
  }
  const allowVariables = spec.takesVariables && version === VARIABLES_VERSION;
  const values: CompiledValues = spec.compile(entry.values, allowVariables);
  if (values.errors.length > 0) return invalidCondition(entry, values.errors, values.variableKeys);
  if (entry.values.length === 0) return invalidCondition(entry, [`${entry.key} has no values`]);

  const lowerKey = entry.key.toLowerCase();
  const shape: EntryShape = { qualifier: name.qualifier, ifExists: name.ifExists, negated: spec.negated };
  const matches = compileEvaluator(shape, values, lowerKey);
  const subject: ExplainSubject = { operator: entry.operator, key: entry.key, lowerKey, spec, shape, values };
  return {
    operator: entry.operator,
    key: entry.key,
    lowerKey,
    variableKeys: values.variableKeys,
    invalid: false,
    matches,
    explain: (ctx) => explainEntry(subject, ctx, matches(ctx)),
  };
}
