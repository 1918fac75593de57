/**
 * SimulatePrincipalPolicy: how the policies of a user (with its groups'), group or role, plus policies
 * given as strings and an optional permissions boundary, decide a list of actions on a list of resources
 * (all resources, `*`, by default), with a resource-based policy applied to every resource if one is
 * given (for IAM users, or with CallerArn naming the user to simulate as). The simulation does not
 * retrieve resources' own policies or tags: they are inputs (ResourcePolicy, ContextEntries).
 * Authorized as iam:SimulatePrincipalPolicy on the PolicySourceArn (the resource AWS names in its denials).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidInput } from '../../../common/service-error.js';
import { ARN } from '../../common/rules.js';
import { checkEntityArn, checkSameAccount, resolvePolicySource } from '../../common/simulation-principal.js';
import { callerPrincipal, readSimulationParams, runSimulation } from '../../common/simulation-request.js';

export const simulatePrincipalPolicy = defineOperation({
  name: 'SimulatePrincipalPolicy',
  write: false,
  input(params) {
    const input = readSimulationParams(params, (reader) => ({
      policySourceArn: reader.string('PolicySourceArn', ARN),
      policyExclusionList: reader.optionalStringList('PolicyExclusionList') ?? [],
    }));
    checkEntityArn(input.policySourceArn);
    return input;
  },
  access(input, ctx) {
    checkSameAccount(input.policySourceArn, ctx.caller.accountId);
    return [{ action: 'iam:SimulatePrincipalPolicy', resource: input.policySourceArn }];
  },
  async run(input, ctx) {
    const source = await resolvePolicySource(ctx.tx, ctx.awsManaged, input.policySourceArn, ctx.caller.accountId);
    if (input.resourcePolicy !== undefined && input.callerArn === undefined && source.kind !== 'user') {
      throw invalidInput(
        'CallerArn is required if you include a ResourcePolicy and the PolicySourceArn is not the ARN for an IAM user.',
      );
    }
    const principal = input.callerArn ? await callerPrincipal(ctx.tx, input.callerArn) : source.principal;
    const account = (input.callerArn ?? source.arn).split(':')[4] ?? ctx.caller.accountId;
    return runSimulation(
      { principal, account, policies: source.policies, sources: source.sources },
      input,
      ctx.now,
    );
  },
});
