/**
 * Test support for the validation checks: build a policy from statements, validate it, and pick out
 * findings by issue code.
 */
import type { Finding, ValidationPolicyType } from './finding.js';
import { validatePolicy } from './validate.js';

/** A 2012-10-17 policy of these statements, as indented JSON text. */
export function policyOf(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** A policy of one Allow statement on `*` with these elements merged in. */
export function allowPolicy(elements: object): string {
  return policyOf({ Effect: 'Allow', Resource: '*', ...elements });
}

export function findingsOf(text: string, type: ValidationPolicyType = 'identity'): readonly Finding[] {
  return validatePolicy(text, type).findings;
}

/** The findings with this issue code. */
export function withCode(text: string, code: string, type: ValidationPolicyType = 'identity'): Finding[] {
  return findingsOf(text, type).filter((f) => f.issueCode === code);
}
