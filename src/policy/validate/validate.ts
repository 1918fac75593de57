/**
 * validatePolicy: the parser's grammar findings plus the semantic checks that need the Service
 * Authorization Reference, in the manner of IAM Access Analyzer's ValidatePolicy. The checks run only on
 * a document the parser could read; each finding carries Access Analyzer's finding type and issue code,
 * the JSON path and source span it points at, and a link to the check's reference. A check never reports
 * what the parser already reported at the same place.
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import { defaultCatalog } from '../catalog/catalog.js';
import type { Catalog } from '../catalog/types.js';
import type { PolicyDocument } from '../document/ast.js';
import { parsePolicy } from '../document/parse.js';
import type { Check } from './check-context.js';
import { checkActionConditionKeys } from './checks/action-condition-keys.js';
import { checkActionNames } from './checks/action-names.js';
import { checkActionResources } from './checks/action-resources.js';
import { checkArnResourceTypes } from './checks/arn-resource-types.js';
import { checkArnSyntax } from './checks/arn-syntax.js';
import { checkConditionKeys } from './checks/condition-keys.js';
import { checkConditionOperators } from './checks/condition-operators.js';
import { checkConditionTypes } from './checks/condition-types.js';
import { checkConditionValues } from './checks/condition-values.js';
import { checkIpRanges } from './checks/ip-ranges.js';
import { checkPolicySize } from './checks/policy-size.js';
import { checkPolicyVariables } from './checks/policy-variables.js';
import { checkPrincipals } from './checks/principals.js';
import { checkRedundantActions } from './checks/redundant-actions.js';
import { checkRedundantResources } from './checks/redundant-resources.js';
import { checkRedundantStatements } from './checks/redundant-statements.js';
import { checkRoleGrants } from './checks/role-grants.js';
import { checkVariableSyntax } from './checks/variable-syntax.js';
import type { Finding, ValidationPolicyType } from './finding.js';
import { Report } from './report.js';

export interface ValidationResult {
  readonly findings: readonly Finding[];
  /** The parsed document, when the parser could read it. */
  readonly document?: PolicyDocument;
}

/** Every semantic check, in the order their findings are listed for a place in the document. */
export const CHECKS: readonly Check[] = [
  checkPolicySize,
  checkPrincipals,
  checkActionNames,
  checkRedundantActions,
  checkRoleGrants,
  checkActionResources,
  checkArnSyntax,
  checkArnResourceTypes,
  checkRedundantResources,
  checkConditionOperators,
  checkConditionKeys,
  checkActionConditionKeys,
  checkConditionTypes,
  checkConditionValues,
  checkIpRanges,
  checkPolicyVariables,
  checkVariableSyntax,
  checkRedundantStatements,
];

const samePlace = (a: Finding, b: Finding): boolean =>
  a.issueCode === b.issueCode &&
  a.path.length === b.path.length &&
  a.path.every((step, i) => step === b.path[i]);

export function validatePolicy(
  text: string,
  type: ValidationPolicyType,
  catalog: Catalog = defaultCatalog,
): ValidationResult {
  const parsed = parsePolicy(text, { type });
  const document = parsed.document;
  if (document === undefined) return { findings: parsed.findings };
  const report = new Report(parsed.locate);
  const ctx = { text, document, type, catalog, report };
  for (const check of CHECKS) check(ctx);
  const ours = report.findings.filter((f) => !parsed.findings.some((p) => samePlace(p, f)));
  // Stable order: the parser's findings, then ours in document order.
  const byPlace = ours
    .map((finding, index) => ({ finding, index, at: finding.span?.start.offset ?? -1 }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((e) => e.finding);
  return { findings: [...parsed.findings, ...byPlace], document };
}
