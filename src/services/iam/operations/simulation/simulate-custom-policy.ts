/**
 * SimulateCustomPolicy: how policies given as strings (identity policies, an optional permissions
 * boundary and an optional resource-based policy applied to every resource) decide a list of actions on
 * a list of resources. "CallerArn is required if you include a ResourcePolicy so that the policy's
 * Principal element has a value to use in evaluating the policy." Without CallerArn the simulated caller
 * is an anonymous principal of the caller's account (`arn:aws:iam::ACCOUNT:SimulatedPrincipal`), so
 * no user name or id is derived for it. OrderedOrganizationPolicyInputList adds SCPs, one list per level
 * of the Organizations hierarchy (root first), reported in OrganizationsDecisionDetail. Authorized as
 * iam:SimulateCustomPolicy on `*`.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import { readSimulationParams, runSimulation } from '../../common/simulation-request.js';
import { readOrganizationPolicies } from '../../common/simulation-input.js';
import { customSubject } from '../../common/simulation-subject.js';

export const simulateCustomPolicy = defineOperation({
  name: 'SimulateCustomPolicy',
  write: false,
  input(params) {
    const input = readSimulationParams(params, (reader) => {
      if (reader.optionalList('PolicyInputList') === undefined) reader.string('PolicyInputList');
      reader.optionalList('OrderedOrganizationPolicyInputList');
      return {};
    });
    return { ...input, organizationPolicies: readOrganizationPolicies(params) };
  },
  access: () => [{ action: 'iam:SimulateCustomPolicy', resource: '*' }],
  async run(input, ctx) {
    const subject = await customSubject(ctx.tx, input.callerArn, input.resourcePolicy, ctx.caller.accountId);
    return runSimulation({ ...subject, organizationPolicies: input.organizationPolicies }, input, ctx.now);
  },
});
