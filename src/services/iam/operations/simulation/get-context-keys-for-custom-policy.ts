/**
 * GetContextKeysForCustomPolicy: the context keys the given policies reference (Condition keys and
 * policy variables), each once, as first written: the keys a SimulateCustomPolicy call should supply.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetContextKeysForCustomPolicy.html
 */
import { InputReader } from '../../../common/input.js';
import { defineOperation } from '../../../common/operation.js';
import { parseInputPolicies, readPolicyList } from '../../common/simulation-input.js';
import { contextKeysOf } from '../../common/simulation-sources.js';

export const getContextKeysForCustomPolicy = defineOperation({
  name: 'GetContextKeysForCustomPolicy',
  write: false,
  input(params) {
    const reader = new InputReader(params);
    if (reader.optionalList('PolicyInputList') === undefined) reader.string('PolicyInputList');
    const policyInputs = readPolicyList(reader, 'PolicyInputList');
    reader.done();
    return { policyInputs };
  },
  access: () => [{ action: 'iam:GetContextKeysForCustomPolicy', resource: '*' }],
  async run(input) {
    const policies = parseInputPolicies('PolicyInputList', input.policyInputs, 'identity');
    return { ContextKeyNames: contextKeysOf(policies.map((p) => p.text)) };
  },
});
