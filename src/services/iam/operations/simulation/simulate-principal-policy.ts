/**
 * SimulatePrincipalPolicy: how the policies of a user (with its groups'), group or role, plus policies
 * given as strings and an optional permissions boundary, decide a list of actions on a list of resources
 * (all resources, `*`, by default), with a resource-based policy applied to every resource if one is
 * given (not for roles: "Simulation of resource-based policies isn't supported for IAM roles"); CallerArn
 * names another user, group or role to simulate as, and PolicyExclusionList leaves policies out. The
 * simulation does not
 * retrieve resources' own policies or tags: they are inputs (ResourcePolicy, ContextEntries).
 * Authorized as iam:SimulatePrincipalPolicy on the PolicySourceArn (the resource AWS names in its denials).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 */
import { defineOperation } from '../../../common/operation.js';
import { ARN } from '../../common/rules.js';
import { applyExclusions, readExclusions } from '../../common/simulation-exclusions.js';
import { checkEntityArn, checkSameAccount } from '../../common/simulation-principal.js';
import { readSimulationParams, runSimulation } from '../../common/simulation-request.js';
import { principalSubject } from '../../common/simulation-subject.js';

export const simulatePrincipalPolicy = defineOperation({
  name: 'SimulatePrincipalPolicy',
  write: false,
  input(params) {
    const input = readSimulationParams(params, (reader) => ({
      policySourceArn: reader.string('PolicySourceArn', ARN),
    }));
    checkEntityArn(input.policySourceArn);
    return { ...input, exclusions: readExclusions(params) };
  },
  access(input, ctx) {
    checkSameAccount(input.policySourceArn, ctx.caller.accountId);
    return [{ action: 'iam:SimulatePrincipalPolicy', resource: input.policySourceArn }];
  },
  async run(input, ctx) {
    const subject = await principalSubject(
      ctx.tx,
      ctx.awsManaged,
      input.policySourceArn,
      input.callerArn,
      ctx.caller.accountId,
    );
    return runSimulation(
      { ...subject, policies: applyExclusions(subject.policies, input.exclusions) },
      input,
      ctx.now,
    );
  },
});
