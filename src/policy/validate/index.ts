/**
 * Policy validation in the manner of IAM Access Analyzer's ValidatePolicy: grammar findings from the
 * parser and semantic findings from the Service Authorization Reference catalogue.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
export type { Finding, FindingType, ValidationPolicyType } from './finding.js';
export { CHECK_ISSUES, type CheckIssueCode } from './report.js';
export { CHECKS, validatePolicy, type ValidationResult } from './validate.js';
export type { Check, CheckContext } from './check-context.js';
