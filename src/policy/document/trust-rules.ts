/**
 * Rules of the role trust policy grammar: no NotPrincipal, no Resource or NotResource (the resource is the
 * role itself), no wildcard-only principal, and only the STS actions that act on a role: those the
 * Service Authorization Reference lists with the `role` resource type.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html
 */
import type { FindingCollector } from './issues.js';
import { nodeAt } from './json-nodes.js';
import type { StatementDraft } from './read-statement.js';

/** STS actions with the `role` resource type (matched case-insensitively, as action names are). */
export const TRUST_POLICY_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:SetContext',
  'sts:SetSourceIdentity',
  'sts:TagSession',
] as const;
const LOWER_TRUST_ACTIONS = TRUST_POLICY_ACTIONS.map((action) => action.toLowerCase());

/** Whether an Action value can name a trust-policy action: exactly, or through `*` / `?` wildcards. */
export function isTrustPolicyAction(action: string): boolean {
  const lower = action.toLowerCase();
  if (!lower.includes('*') && !lower.includes('?')) return LOWER_TRUST_ACTIONS.includes(lower);
  const source = lower
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  const pattern = new RegExp(`^${source}$`);
  return LOWER_TRUST_ACTIONS.some((candidate) => pattern.test(candidate));
}

export function checkTrustStatement(out: FindingCollector, draft: StatementDraft): void {
  const { elements, parts, path } = draft;
  if (elements.NotPrincipal !== undefined) {
    const message =
      'Role trust policies do not support NotPrincipal. Update the policy to use a Principal element instead.';
    out.add(
      'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL',
      message,
      [...path, 'NotPrincipal'],
      elements.NotPrincipal.keySpan,
      false,
    );
  }
  for (const member of [elements.Resource, elements.NotResource]) {
    if (member === undefined) continue;
    const message =
      'Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element.';
    out.add('ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE', message, [...path, member.key], member.keySpan, false);
  }
  const principal = parts.principal;
  if (principal === '*' || (principal !== undefined && principal.AWS?.includes('*') === true)) {
    const message =
      '"Principal": "*" is not supported in the principal element of a role trust policy. Replace the wildcard with a valid principal value.';
    out.add(
      'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
      message,
      [...path, 'Principal'],
      elements.Principal?.value.span,
      false,
    );
  }
  parts.action?.forEach((action, i) => {
    if (isTrustPolicyAction(action)) return;
    const actionPath = [...path, 'Action', i];
    const span = nodeAt(draft.node, ['Action', i])?.span;
    const message = `The action ${action} is not supported for the resource-based policy attached to the resource type AWS::IAM::AssumeRolePolicyDocument. Use one of: ${TRUST_POLICY_ACTIONS.join(', ')}.`;
    out.add('UNSUPPORTED_ACTION_IN_POLICY', message, actionPath, span, false);
  });
}
