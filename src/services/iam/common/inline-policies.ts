/**
 * Inline policies of users, groups and roles: put (replace by name), get, delete, list, with IAM's
 * aggregate size quota per entity (user 2,048, group 5,120, role 10,240 characters without whitespace).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html
 */
import type { InlinePolicy } from '../../../store/records.js';
import { limitExceeded, noSuchEntity } from '../../common/service-error.js';
import { checkPolicyDocument, policySize } from './policy-document.js';

export type PolicyHolderKind = 'user' | 'group' | 'role';

/** The holder's inline policies after putting `name` (checked, and within the aggregate quota). */
export function putInlinePolicy(
  existing: readonly InlinePolicy[],
  name: string,
  document: string,
  holder: { readonly kind: PolicyHolderKind; readonly name: string; readonly quota: number },
): InlinePolicy[] {
  checkPolicyDocument(document, 'identity');
  const others = existing.filter((p) => p.name !== name);
  const total = others.reduce((sum, p) => sum + policySize(p.document), 0) + policySize(document);
  if (total > holder.quota) {
    throw limitExceeded(
      `Maximum policy size of ${holder.quota} bytes exceeded for ${holder.kind} ${holder.name}`,
    );
  }
  const replaced = existing.some((p) => p.name === name);
  return replaced
    ? existing.map((p) => (p.name === name ? { name, document } : p))
    : [...existing, { name, document }];
}

export function getInlinePolicy(
  existing: readonly InlinePolicy[],
  name: string,
  holder: { readonly kind: PolicyHolderKind; readonly name: string },
): InlinePolicy {
  const policy = existing.find((p) => p.name === name);
  if (!policy) throw noSuchEntity(`The ${holder.kind} policy with name ${name} cannot be found.`);
  return policy;
}

export function deleteInlinePolicy(
  existing: readonly InlinePolicy[],
  name: string,
  holder: { readonly kind: PolicyHolderKind; readonly name: string },
): InlinePolicy[] {
  getInlinePolicy(existing, name, holder);
  return existing.filter((p) => p.name !== name);
}

/** Documents in outputs are URL-encoded JSON, as IAM returns them (RFC 3986). */
export const encodeDocument = (document: string): string => encodeURIComponent(document);
