/**
 * Links to the policy simulator page pre-filled with one request: `#/tools/simulator?policySourceArn=ARN&
 * action=ACTION&resource=RESOURCE&context=KEY=VALUE...` (one `context` parameter per value, which the
 * router's hrefWithQuery cannot repeat). Pure: no DOM, so it can be unit-tested.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 */

export interface SimulatorRequest {
  /** The user, group or role whose policies to simulate (SimulatePrincipalPolicy's PolicySourceArn). */
  readonly policySourceArn?: string | undefined;
  readonly action?: string | undefined;
  readonly resource?: string | undefined;
  /** Request context keys and their values, as the refused request carried them. */
  readonly context?: Readonly<Record<string, readonly string[]>> | undefined;
}

export function simulatorHref(request: SimulatorRequest): string {
  const query = new URLSearchParams();
  if (request.policySourceArn) query.append('policySourceArn', request.policySourceArn);
  if (request.action) query.append('action', request.action);
  if (request.resource) query.append('resource', request.resource);
  for (const [key, values] of Object.entries(request.context ?? {})) {
    for (const value of values) query.append('context', `${key}=${value}`);
  }
  const search = query.toString();
  return `#/tools/simulator${search ? `?${search}` : ''}`;
}
