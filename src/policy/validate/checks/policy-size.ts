/**
 * Policy size against IAM's quotas, counted as IAM does, without whitespace (here: the whitespace between
 * JSON tokens; text inside strings counts): 6,144 characters for a managed identity policy or permissions
 * boundary (POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA) and 2,048 by default for a role trust policy
 * (POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA; the quota can be raised to 4,096, hence a warning).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-policy-size-exceeds-identity-policy-quota
 */
import type { CheckContext } from '../check-context.js';

export const MANAGED_POLICY_QUOTA = 6144;
export const TRUST_POLICY_QUOTA = 2048;

/** The number of characters of a JSON text once the whitespace between tokens is removed. */
export function policySize(text: string): number {
  let size = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      size++;
      if (c === '\\') {
        size++;
        i++;
      } else if (c === '"') inString = false;
    } else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
      size++;
      if (c === '"') inString = true;
    }
  }
  return size;
}

export function checkPolicySize(ctx: CheckContext): void {
  if (ctx.type === 'identity' || ctx.type === 'boundary') {
    const size = policySize(ctx.text);
    if (size <= MANAGED_POLICY_QUOTA) return;
    const message = `The ${size} characters in the identity policy, excluding whitespace, exceed the ${MANAGED_POLICY_QUOTA} character maximum for inline and managed policies. We recommend that you use multiple granular policies.`;
    ctx.report.add('POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', message, []);
  } else if (ctx.type === 'trust') {
    const size = policySize(ctx.text);
    if (size <= TRUST_POLICY_QUOTA) return;
    const message = `The ${size} characters in the role trust policy, excluding whitespace, exceed the ${TRUST_POLICY_QUOTA} character maximum. We recommend that you request a role trust policy length quota increase using Service Quotas and AWS Support Center.`;
    ctx.report.add('POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA', message, []);
  }
}
