/**
 * GetContextKeysForPrincipalPolicy: the context keys referenced by the policies of a user (and its
 * groups), group or role, including its permissions boundary, and by any policies given as strings:
 * the keys a SimulatePrincipalPolicy call should supply. Authorized on the PolicySourceArn.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForPrincipalPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { ARN } from '../../common/rules.js';
import { parseInputPolicies, readPolicyList } from '../../common/simulation-input.js';
import { checkEntityArn, checkSameAccount, resolvePolicySource } from '../../common/simulation-principal.js';
import { contextKeysOf } from '../../common/simulation-sources.js';

export const getContextKeysForPrincipalPolicy = defineOperation({
  name: 'GetContextKeysForPrincipalPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    const policySourceArn = reader.string('PolicySourceArn', ARN);
    const policyInputs = readPolicyList(reader, 'PolicyInputList');
    reader.done();
    checkEntityArn(policySourceArn);
    return { policySourceArn, policyInputs };
  },
  access(input, ctx) {
    checkSameAccount(input.policySourceArn, ctx.caller.accountId);
    return [{ action: 'iam:GetContextKeysForPrincipalPolicy', resource: input.policySourceArn }];
  },
  async run(input, ctx) {
    const source = await resolvePolicySource(
      ctx.tx,
      ctx.awsManaged,
      input.policySourceArn,
      ctx.caller.accountId,
    );
    const inputs = parseInputPolicies('PolicyInputList', input.policyInputs, 'identity');
    return { ContextKeyNames: contextKeysOf([...source.sources.texts(), ...inputs.map((p) => p.text)]) };
  },
});
