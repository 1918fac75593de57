/**
 * Managed policy attachments to users, groups and roles: the policy must exist (customer managed in the
 * account, or AWS managed), attaching twice is a no-op, and each identity has a quota of attached
 * policies (10 by default).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html
 */
import type { StoreTx } from '../../../store/store.js';
import { limitExceeded, noSuchEntity } from '../../common/service-error.js';
import { AWS_MANAGED_PREFIX, type AwsManagedPolicies } from '../aws-managed/catalog.js';
import { arnAccountOf, policyNameOf } from '../../common/enforce/policy-documents.js';

export const MAX_ATTACHED_POLICIES = 10;

/** The policy's name and ARN when it exists; NoSuchEntity otherwise. */
export async function requireManagedPolicy(
  tx: StoreTx,
  awsManaged: AwsManagedPolicies,
  arn: string,
): Promise<{ readonly name: string; readonly arn: string }> {
  if (arn.startsWith(AWS_MANAGED_PREFIX)) {
    const policy = awsManaged.get(arn);
    if (policy) return { name: policy.name, arn };
  } else {
    const policy = await tx.get('policies', arnAccountOf(arn), policyNameOf(arn).toLowerCase());
    if (policy && policy.arn === arn) return { name: policy.name, arn };
  }
  throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
}

/** The attached list after attaching `arn` (unchanged when already attached). */
export function attachPolicy(
  attached: readonly string[],
  arn: string,
  quotaName: 'PoliciesPerUser' | 'PoliciesPerGroup' | 'PoliciesPerRole',
): string[] {
  if (attached.includes(arn)) return [...attached];
  if (attached.length >= MAX_ATTACHED_POLICIES) {
    throw limitExceeded(`Cannot exceed quota for ${quotaName}: ${MAX_ATTACHED_POLICIES}`);
  }
  return [...attached, arn];
}

/** The attached list after detaching `arn`; NoSuchEntity when it was not attached. */
export function detachPolicy(attached: readonly string[], arn: string): string[] {
  if (!attached.includes(arn)) throw noSuchEntity(`Policy ${arn} was not found.`);
  return attached.filter((a) => a !== arn);
}
