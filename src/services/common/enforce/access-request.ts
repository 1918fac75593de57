/**
 * An operation's AccessCheck as the engine's AuthorizationRequest: the same mapping for the enforcement
 * point and for anything else that asks the engine about a check (the trust graph), so that a member
 * added to AccessCheck reaches every decision.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { AuthorizationRequest, PrincipalInfo } from '../../../policy/authorize/types.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import type { AccessCheck } from '../operation.js';

/** `context` holds the request-wide keys; the check's own keys override them. */
export function accessRequest(
  principal: PrincipalInfo,
  check: AccessCheck,
  where: { readonly region: string; readonly now: Date },
  context: Readonly<Record<string, ContextValue>>,
): AuthorizationRequest {
  return {
    principal,
    action: check.action,
    resource: check.resource,
    region: where.region,
    now: where.now,
    context: { ...context, ...check.context },
    ...(check.resourceTags ? { resourceTags: check.resourceTags } : {}),
    ...(check.resourceAccount ? { resourceAccount: check.resourceAccount } : {}),
  };
}
