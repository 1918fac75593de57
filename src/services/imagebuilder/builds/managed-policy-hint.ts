/**
 * What would grant a refused request: each AWS managed policy meant for the actor (the instance profile
 * policies, the SSM core policy, the cross-account distribution policy, the service-linked role's, the
 * lifecycle execution policy) is evaluated by the engine as if it were the actor's only identity policy,
 * with the very request that was refused (and the same resource or trust policy). The first one that
 * allows it is the one to attach. Never guessed from the action name.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import { compilePolicySet, type PolicyInput } from '../../../policy/authorize/policy-set.js';
import type { AuthorizationRequest } from '../../../policy/authorize/types.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import { toPolicyInput } from '../../common/enforce/policy-documents.js';
import type { AccessCheck } from '../../common/operation.js';
import type { Actor } from './principals.js';

/** The request the enforcement point evaluated for the actor (same keys, so the same answer). */
export function authorizationRequestOf(
  actor: Actor,
  check: AccessCheck,
  region: string,
  now: Date,
): AuthorizationRequest {
  return {
    principal: actor.caller.principal,
    action: check.action,
    resource: check.resource,
    region,
    now,
    context: { 'aws:SecureTransport': 'true', ...check.context },
    ...(check.resourceTags ? { resourceTags: check.resourceTags } : {}),
    ...(check.resourceAccount ? { resourceAccount: check.resourceAccount } : {}),
  };
}

function grantOf(check: AccessCheck): { resource?: PolicyInput; trust?: PolicyInput } {
  const policy = check.resourcePolicy;
  const input = policy ? toPolicyInput(policy.id, policy.document, policy.kind) : undefined;
  if (!policy || !input) return {};
  return policy.kind === 'trust' ? { trust: input } : { resource: input };
}

/** The ARN of the first candidate AWS managed policy that would allow the request, if any. */
export function grantingManagedPolicy(
  awsManaged: AwsManagedPolicies,
  actor: Actor,
  check: AccessCheck,
  region: string,
  now: Date,
): string | undefined {
  const request = authorizationRequestOf(actor, check, region, now);
  const grant = grantOf(check);
  for (const arn of actor.candidatePolicies) {
    const document = awsManaged.defaultDocument(arn);
    const input = document ? toPolicyInput(arn, document, 'identity') : undefined;
    if (!input) continue;
    const decision = authorize(request, compilePolicySet({ identity: [input], ...grant }));
    if (decision.decision === 'Allow') return arn;
  }
  return undefined;
}
