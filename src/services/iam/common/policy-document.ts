/**
 * Checks a policy document the way IAM does before storing it: the grammar for its type (through the
 * engine's parser) and IAM's size quotas, which count characters other than whitespace.
 * MalformedPolicyDocument carries the parser's first error with its line and column.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 */
import { parseOperatorName } from '../../../policy/condition/operator-name.js';
import { findOperator } from '../../../policy/condition/operators.js';
import { parsePolicy } from '../../../policy/document/parse.js';
import type { PolicyDocument } from '../../../policy/document/ast.js';
import type { ValidationPolicyType } from '../../../policy/validate/finding.js';
import { limitExceeded, malformedPolicyDocument } from '../../common/service-error.js';

/** IAM's quotas, in characters without whitespace. */
export const QUOTAS = {
  managedPolicy: 6144,
  roleTrustPolicy: 2048,
  userInline: 2048,
  groupInline: 5120,
  roleInline: 10240,
} as const;

/** The size IAM counts: the document without whitespace. */
export function policySize(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) size++;
  }
  return size;
}

/** True when a condition operator name is one IAM knows (with its qualifier and IfExists forms). */
function knownOperator(text: string): boolean {
  const name = parseOperatorName(text);
  const operator = findOperator(name.base);
  return operator !== undefined && !(name.ifExists && name.base === 'Null');
}

/**
 * Parses and checks a document; throws MalformedPolicyDocument naming the first grammar error, or an
 * unknown condition operator (IAM answers "Invalid Condition type : ...").
 */
export function checkPolicyDocument(text: string, type: ValidationPolicyType): PolicyDocument {
  const parsed = parsePolicy(text, { type });
  const error = parsed.findings.find((f) => f.findingType === 'ERROR');
  if (error || !parsed.document) {
    if (error?.issueCode === 'JSON_SYNTAX_ERROR') throw malformedPolicyDocument('Syntax errors in policy.');
    const where = error?.span ? ` (line ${error.span.start.line}, column ${error.span.start.column})` : '';
    throw malformedPolicyDocument(error ? `${error.message}${where}` : 'Syntax errors in policy.');
  }
  for (const statement of parsed.document.statements) {
    const unknown = statement.conditions.find((c) => !knownOperator(c.operator));
    if (unknown) throw malformedPolicyDocument(`Invalid Condition type : ${unknown.operator}`);
  }
  return parsed.document;
}

/** Throws LimitExceeded with IAM's message when a managed policy or trust policy is too large. */
export function checkQuota(text: string, quota: number, quotaName: 'PolicySize' | 'ACLSizePerRole'): void {
  if (policySize(text) > quota) throw limitExceeded(`Cannot exceed quota for ${quotaName}: ${quota}`);
}
