/**
 * Who a simulation simulates, as SimulatePrincipalPolicy and SimulateCustomPolicy decide it: the
 * PolicySourceArn's user, group or role with its stored policies (or, with CallerArn, that other entity
 * "as if Bob had David's policies"), or for custom policies the CallerArn's entity or an anonymous
 * principal of the caller's account (`arn:aws:iam::ACCOUNT:SimulatedPrincipal`) with no stored policies.
 * "CallerArn is required if you include a ResourcePolicy" (custom policies).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import type { StoreTx } from '../../../store/store.js';
import { invalidInput } from '../../common/service-error.js';
import type { AwsManagedPolicies } from '../aws-managed/catalog.js';
import { resolvePolicySource } from './simulation-principal.js';
import { entityPrincipal, type SimulationSubject } from './simulation-request.js';
import { SimulationSources } from './simulation-sources.js';

/** The subject of SimulatePrincipalPolicy: the policy source's policies, simulated as CallerArn if given. */
export async function principalSubject(
  tx: StoreTx,
  aws: AwsManagedPolicies,
  policySourceArn: string,
  callerArn: string | undefined,
  callerAccount: string,
): Promise<SimulationSubject> {
  const source = await resolvePolicySource(tx, aws, policySourceArn, callerAccount);
  const principal = callerArn ? await entityPrincipal(tx, callerArn) : source.principal;
  const account = (callerArn ?? source.arn).split(':')[4] ?? callerAccount;
  return { principal, account, policies: source.policies, sources: source.sources };
}

/** The subject of SimulateCustomPolicy: only the policies given as strings. */
export async function customSubject(
  tx: StoreTx,
  callerArn: string | undefined,
  resourcePolicy: string | undefined,
  callerAccount: string,
): Promise<SimulationSubject> {
  if (resourcePolicy !== undefined && callerArn === undefined) {
    throw invalidInput('CallerArn is required if you include a ResourcePolicy.');
  }
  const account = callerArn?.split(':')[4] ?? callerAccount;
  const principal = callerArn
    ? await entityPrincipal(tx, callerArn)
    : { arn: `arn:aws:iam::${account}:SimulatedPrincipal` };
  return { principal, account, policies: {}, sources: new SimulationSources() };
}
