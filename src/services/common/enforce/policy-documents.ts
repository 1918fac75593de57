/**
 * Resolving the policies that bear on a caller: a managed policy ARN to its default version's document
 * (customer managed from the store, AWS managed from the catalogue), and documents to parsed policies,
 * parsed once per distinct text.
 */
import { policyFromJson } from '../../../policy/document/parse.js';
import type { PolicyInput } from '../../../policy/authorize/policy-set.js';
import type { ValidationPolicyType } from '../../../policy/validate/finding.js';
import type { StoreTx } from '../../../store/store.js';
import { AWS_MANAGED_PREFIX, type AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';

/** The name part of a managed policy ARN (`arn:aws:iam::1:policy/path/Name` -> `Name`). */
export function policyNameOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** The account part of an IAM ARN (`aws` for AWS managed policies). */
export function arnAccountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/** The default version's document of a managed policy, or undefined when there is no such policy. */
export async function managedPolicyDocument(
  tx: StoreTx,
  awsManaged: AwsManagedPolicies,
  arn: string,
): Promise<string | undefined> {
  if (arn.startsWith(AWS_MANAGED_PREFIX)) return awsManaged.defaultDocument(arn);
  const record = await tx.get('policies', arnAccountOf(arn), policyNameOf(arn).toLowerCase());
  if (!record || record.arn !== arn) return undefined;
  return record.versions.find((v) => v.versionId === record.defaultVersionId)?.document;
}

const MAX_PARSED = 10_000;
const parsed = new Map<string, PolicyInput | null>();

/** Parses a stored document (already validated when it was stored) into an engine policy, cached by text. */
export function toPolicyInput(
  id: string,
  document: string,
  type: ValidationPolicyType,
): PolicyInput | undefined {
  const key = `${type}\u0000${id}\u0000${document}`;
  let input = parsed.get(key);
  if (input === undefined) {
    let value: unknown;
    try {
      value = JSON.parse(document);
    } catch {
      value = undefined;
    }
    const result = policyFromJson(value, { type });
    input = result.document ? { id, document: result.document } : null;
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(key, input);
  }
  return input ?? undefined;
}
