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
import { invalidInput } from '../../../common/service-error.js';
import { entityPrincipal, readSimulationParams, runSimulation } from '../../common/simulation-request.js';
import { readOrganizationPolicies } from '../../common/simulation-input.js';
import { SimulationSources } from '../../common/simulation-sources.js';

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
    if (input.resourcePolicy !== undefined && input.callerArn === undefined) {
      throw invalidInput('CallerArn is required if you include a ResourcePolicy.');
    }
    const account = input.callerArn?.split(':')[4] ?? ctx.caller.accountId;
    const principal = input.callerArn
      ? await entityPrincipal(ctx.tx, input.callerArn)
      : { arn: `arn:aws:iam::${account}:SimulatedPrincipal` };
    return runSimulation(
      {
        principal,
        account,
        policies: {},
        sources: new SimulationSources(),
        organizationPolicies: input.organizationPolicies,
      },
      input,
      ctx.now,
    );
  },
});
