/**
 * Policy variables where they do not work: in a policy whose Version is not 2012-10-17 (where `${...}` is
 * literal text: VARIABLE_UNSUPPORTED_IN_VERSION), and in the values of operators other than String and ARN
 * ones (INVALID_VARIABLE_FOR_OPERATOR). The escapes `${*}`, `${?}`, `${$}` are not variables.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-variable-unsupported-in-version
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-variable-for-operator
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import { compileTemplate } from '../../match/variables.js';
import { elementValues, type CheckContext } from '../check-context.js';

/** True when the text references at least one policy variable. */
export function hasPolicyVariable(text: string): boolean {
  return text.includes('${') && !compileTemplate(text, true).isLiteral;
}

const UNSUPPORTED_IN_VERSION =
  'To include variables in your policy, use the policy version 2012-10-17 or later.';

export function checkPolicyVariables(ctx: CheckContext): void {
  const { report, document } = ctx;
  const versionSupportsVariables = document.version === '2012-10-17';
  for (const statement of document.statements) {
    const resources = [...elementValues(statement, 'Resource'), ...elementValues(statement, 'NotResource')];
    for (const { value, path } of resources) {
      if (!versionSupportsVariables && hasPolicyVariable(value))
        report.add('VARIABLE_UNSUPPORTED_IN_VERSION', UNSUPPORTED_IN_VERSION, path);
    }
    for (const entry of statement.conditions) {
      const spec = findOperator(parseOperatorName(entry.operator).base);
      entry.values.forEach((value, index) => {
        if (!hasPolicyVariable(value)) return;
        const path = [...entry.path, index];
        if (!versionSupportsVariables)
          report.add('VARIABLE_UNSUPPORTED_IN_VERSION', UNSUPPORTED_IN_VERSION, path);
        else if (spec !== undefined && !spec.takesVariables) {
          report.add(
            'INVALID_VARIABLE_FOR_OPERATOR',
            'Policy variables can only be used with String and ARN operators.',
            path,
          );
        }
      });
    }
  }
}
