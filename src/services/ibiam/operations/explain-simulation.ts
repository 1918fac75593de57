/**
 * ExplainSimulation (`POST /_ibiam/api/simulate`): IAM's policy simulation (SimulatePrincipalPolicy with
 * `policySourceArn`, SimulateCustomPolicy without it; the same parameters in camelCase JSON) answered
 * with the engine's full explanation: decision, blocking layer, deciding statements, missing context
 * keys, every statement's trace with its conditions, a summary, and the policies that took part.
 * Authorized as the IAM action it stands for: iam:SimulatePrincipalPolicy on the policy source (a user,
 * group or role of the caller's account), else iam:SimulateCustomPolicy on `*`. At most 1,000
 * action-resource pairs per call (each answer carries a full trace).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import { defineOperation } from '../../common/operation.js';
import { ARN } from '../../iam/common/rules.js';
import { checkEntityArn, checkSameAccount } from '../../iam/common/simulation-principal.js';
import { prepareSimulation, readSimulationParams } from '../../iam/common/simulation-request.js';
import { customSubject, principalSubject } from '../../iam/common/simulation-subject.js';
import { validationException } from '../../common/service-error.js';
import { asApiErrors, asApiErrorsAsync } from '../common/api-errors.js';
import { toPascalParams } from '../common/camel-params.js';
import { explainSimulation as explain } from '../common/explained-simulation.js';

export const MAX_EVALUATIONS = 1000;

export const explainSimulation = defineOperation({
  name: 'ExplainSimulation',
  http: { method: 'POST', uri: '/_ibiam/api/simulate' },
  write: false,
  input(params) {
    const input = asApiErrors(() => {
      const read = readSimulationParams(toPascalParams(params), (reader) => {
        const policySourceArn = reader.optionalString('PolicySourceArn', ARN);
        if (policySourceArn === undefined && reader.optionalList('PolicyInputList') === undefined) {
          reader.string('PolicyInputList'); // required without a policy source
        }
        return { policySourceArn };
      });
      if (read.policySourceArn !== undefined) checkEntityArn(read.policySourceArn);
      return read;
    });
    const pairs = input.actionNames.length * Math.max(input.resourceArns?.length ?? 1, 1);
    if (pairs > MAX_EVALUATIONS) {
      throw validationException(
        `Too many evaluations: ${input.actionNames.length} actions on ${input.resourceArns?.length ?? 1} resources; at most ${MAX_EVALUATIONS} action-resource pairs per call.`,
      );
    }
    return input;
  },
  access(input, ctx) {
    const source = input.policySourceArn;
    if (source === undefined) return [{ action: 'iam:SimulateCustomPolicy', resource: '*' }];
    asApiErrors(() => checkSameAccount(source, ctx.caller.accountId));
    return [{ action: 'iam:SimulatePrincipalPolicy', resource: source }];
  },
  run(input, ctx) {
    return asApiErrorsAsync(async () => {
      const account = ctx.caller.accountId;
      const subject =
        input.policySourceArn !== undefined
          ? await principalSubject(ctx.tx, ctx.awsManaged, input.policySourceArn, input.callerArn, account)
          : await customSubject(ctx.tx, input.callerArn, input.resourcePolicy, account);
      return explain(prepareSimulation(subject, input, ctx.now));
    });
  },
});
