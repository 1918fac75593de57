/**
 * Whether a resource's resource-based policy grants a principal an action on it, on its own — what makes
 * another account's component, image or recipe "shared with you" (ListComponents with owner Shared).
 * The caller's identity policies are authorized separately (List* on `*`); here the engine evaluates the
 * resource policy as the other account's half of a cross-account request, with an allow-everything
 * identity standing in for the caller's half, so only the resource policy (its Allows, Denies and
 * conditions) decides.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
import { authorize } from '../../../policy/authorize/authorize.js';
import { compilePolicySet, type PolicyInput } from '../../../policy/authorize/policy-set.js';
import type { PrincipalInfo } from '../../../policy/authorize/types.js';
import { toPolicyInput } from '../../common/enforce/policy-documents.js';

const ALLOW_ALL = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';

let allowAll: PolicyInput | undefined;

export interface GrantQuery {
  readonly principal: PrincipalInfo;
  readonly action: string;
  /** The resource ARN (its account is the owner's). */
  readonly resource: string;
  readonly resourceTags: Readonly<Record<string, string>>;
  readonly region: string;
  readonly now: Date;
}

export function resourcePolicyGrants(policy: string | undefined, query: GrantQuery): boolean {
  if (!policy) return false;
  const resource = toPolicyInput(query.resource, policy, 'resource');
  allowAll ??= toPolicyInput('caller', ALLOW_ALL, 'identity');
  if (!resource || !allowAll) return false;
  const set = compilePolicySet({ identity: [allowAll], resource });
  const decision = authorize(
    {
      principal: query.principal,
      action: query.action,
      resource: query.resource,
      resourceTags: query.resourceTags,
      region: query.region,
      now: query.now,
    },
    set,
  );
  return decision.decision === 'Allow';
}
