/**
 * One or two sentences saying what decided a simulated request and why, from the engine's decision and
 * trace, in the terms of IAM's evaluation logic: an explicit Deny wins; otherwise every policy type that
 * applies must allow (identity-based or resource-based policies, the permissions boundary, SCPs, RCPs,
 * session policies). Statements are named by Sid when they have one, else counted from 1 as a reader
 * would; policies by the name the console shows.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import type { Decision, PolicyType, StatementRef } from '../../../policy/authorize/types.js';

const TYPE_WORDS: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  scp: 'service control policy',
  rcp: 'resource control policy',
  session: 'session policy',
};

/** What blocked an implicitly denied request, by the layer that did not allow it. */
function notAllowedBy(layer: PolicyType | undefined, action: string, resource: string): string {
  switch (layer) {
    case 'resource':
      return `the resource-based policy does not allow ${action} on ${resource} for this principal`;
    case 'trust':
      return `the role trust policy does not allow this principal to call ${action}`;
    case 'boundary':
      return `the permissions boundary does not allow ${action} on ${resource}`;
    case 'scp':
    case 'rcp':
    case 'session':
      return `no ${TYPE_WORDS[layer]} allows ${action} on ${resource}`;
    default:
      return `no identity-based policy allows ${action} on ${resource}`;
  }
}

export type PolicyNamer = (policyId: string) => string;

export function statementWords(ref: StatementRef, name: PolicyNamer): string {
  const statement = ref.sid ? `statement "${ref.sid}"` : `statement ${ref.statementIndex + 1}`;
  return `${statement} of the ${TYPE_WORDS[ref.policyType]} "${name(ref.policyId)}"`;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function decisionSummary(
  action: string,
  resource: string,
  decision: Decision,
  missingKeys: readonly string[],
  name: PolicyNamer,
): string {
  const deciding = decision.decidingStatements.map((ref) => statementWords(ref, name));
  if (decision.decision === 'Allow') {
    const by = deciding.length > 0 ? ` by ${list(deciding)}` : '';
    return `Allowed${by}: every policy type that applies allows ${action} on ${resource} and no statement denies it.`;
  }
  if (decision.decision === 'ExplicitDeny') {
    return (
      `Explicitly denied by ${list(deciding)}: the statement matches ${action} on ${resource}, ` +
      'and an explicit Deny overrides any Allow.'
    );
  }
  let text = `Implicitly denied: ${notAllowedBy(decision.blockedBy, action, resource)}.`;
  const layer = decision.blockedBy ?? 'identity';
  const nearest = (decision.trace ?? []).find(
    (t) => t.policyType === layer && t.effect === 'Allow' && t.actionMatched && !t.matched,
  );
  if (nearest) text += ` The closest, ${statementWords(nearest, name)}, does not apply: ${nearest.reason}.`;
  if (missingKeys.length > 0) text += ` The request has no value for ${list(missingKeys)}.`;
  return text;
}
