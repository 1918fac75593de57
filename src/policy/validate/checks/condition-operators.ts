/**
 * Condition operators: unknown names (INVALID_CONDITION_OPERATOR), Null with IfExists (NULL_WITH_IF_EXISTS)
 * or with a set qualifier (NULL_WITH_QUALIFIER), and set qualifiers against the key's cardinality:
 * ForAllValues on a single-valued key (FORALLVALUES_WITH_SINGLE_VALUED_KEY) and a multivalued key without a
 * qualifier (MISSING_QUALIFIER). Keys the catalogue does not know are left alone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-condition-operator
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-forallvalues-with-single-valued-key
 * Single- and multivalued keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import type { ConditionEntry } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';

function checkEntry(ctx: CheckContext, entry: ConditionEntry, reportOperator: boolean): void {
  const { report, catalog } = ctx;
  const operatorPath = entry.path.slice(0, -1);
  const name = parseOperatorName(entry.operator);
  const spec = findOperator(name.base);
  if (spec === undefined) {
    if (reportOperator) {
      const message = `The condition operator ${entry.operator} is not valid. Use a valid condition operator.`;
      report.add('INVALID_CONDITION_OPERATOR', message, operatorPath);
    }
    return;
  }
  if (spec.allowsIfExists === false && name.ifExists && reportOperator) {
    const message =
      'The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.';
    report.add('NULL_WITH_IF_EXISTS', message, operatorPath);
  }
  if (spec.name === 'Null' && name.qualifier !== undefined && reportOperator) {
    const message =
      'Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively.';
    report.add('NULL_WITH_QUALIFIER', message, operatorPath);
  }
  const key = catalog.conditionKey(entry.key);
  if (key === undefined || spec.name === 'Null') return;
  const multiValued = key.type.startsWith('ArrayOf');
  if (name.qualifier === 'ForAllValues' && !multiValued) {
    const message = `Using ForAllValues qualifier with the single-valued condition key ${entry.key} can be overly permissive. We recommend that you remove ForAllValues:.`;
    report.add('FORALLVALUES_WITH_SINGLE_VALUED_KEY', message, entry.path);
  } else if (name.qualifier === undefined && multiValued) {
    const message = `The request context key ${entry.key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.`;
    report.add('MISSING_QUALIFIER', message, entry.path);
  }
}

export function checkConditionOperators(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    const seen = new Set<string>();
    for (const entry of statement.conditions) {
      checkEntry(ctx, entry, !seen.has(entry.operator));
      seen.add(entry.operator);
    }
  }
}
