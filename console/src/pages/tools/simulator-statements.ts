/**
 * Finds the statement a simulation result names (policy id + statement index) in the documents the answer
 * lists under `policies`, to show the statement's JSON beside the decision. `Statement` may be one object
 * or an array of them: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html
 * Pure: no DOM, no framework.
 */
import type { SimulatedPolicy } from './simulator-types.js';

function parseDocument(document: string): unknown {
  try {
    return JSON.parse(document);
  } catch {
    try {
      return JSON.parse(decodeURIComponent(document)); // IAM's URL-encoded form
    } catch {
      return undefined;
    }
  }
}

/** The statements of a policy document, in order; empty when the document is not a JSON policy. */
export function statementsOf(document: string): unknown[] {
  const parsed = parseDocument(document);
  if (!parsed || typeof parsed !== 'object' || !('Statement' in parsed)) return [];
  const statement = (parsed as { Statement: unknown }).Statement;
  return Array.isArray(statement) ? statement : statement && typeof statement === 'object' ? [statement] : [];
}

export function findPolicy(
  policies: readonly SimulatedPolicy[],
  policyId: string,
): SimulatedPolicy | undefined {
  return policies.find((policy) => policy.policyId === policyId);
}

/** The statement's JSON, indented, or undefined when the answer does not include it. */
export function statementJson(
  policies: readonly SimulatedPolicy[],
  policyId: string,
  statementIndex: number,
): string | undefined {
  const policy = findPolicy(policies, policyId);
  if (!policy) return undefined;
  const statement = statementsOf(policy.document)[statementIndex];
  return statement === undefined ? undefined : JSON.stringify(statement, null, 2);
}

/** A readable name for a policy of the answer: its name, or the id when the answer does not list it. */
export function policyLabel(policies: readonly SimulatedPolicy[], policyId: string): string {
  return findPolicy(policies, policyId)?.name ?? policyId;
}

/** A request value of any shape as text (`(absent)` when the request does not carry the key). */
export function valueText(value: unknown): string {
  if (value === undefined) return '(absent)';
  if (Array.isArray(value)) return value.map((item) => String(item)).join(', ');
  if (value === null) return 'null';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
