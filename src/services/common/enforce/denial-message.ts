/**
 * AWS's AccessDenied message for a denied request: "User: ARN is not authorized to perform: ACTION on
 * resource: ARN because no identity-based policy allows the ACTION action", or "... with an explicit deny
 * in an identity-based policy", naming the policy type that blocked the request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access-denied-error-messages
 */
import type { Decision, PolicyType } from '../../../policy/authorize/types.js';

const POLICY_TYPE_NAMES: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
  session: 'session policy',
};

export function denialMessage(
  callerArn: string,
  action: string,
  resource: string,
  decision: Decision,
): string {
  const head = `User: ${callerArn} is not authorized to perform: ${action} on resource: ${resource}`;
  const type = POLICY_TYPE_NAMES[decision.blockedBy ?? 'identity'];
  if (decision.decision === 'ExplicitDeny') {
    const article = /^[aeiou]/.test(type) ? 'an' : 'a';
    return `${head} with an explicit deny in ${type === 'role trust policy' ? 'the' : article} ${type}`;
  }
  return `${head} because no ${type} allows the ${action} action`;
}
