/** IAM's policy simulation operations: simulate decisions and list the context keys policies use. */
import type { Operation } from '../../../common/operation.js';
import { getContextKeysForCustomPolicy } from './get-context-keys-for-custom-policy.js';
import { getContextKeysForPrincipalPolicy } from './get-context-keys-for-principal-policy.js';
import { simulateCustomPolicy } from './simulate-custom-policy.js';
import { simulatePrincipalPolicy } from './simulate-principal-policy.js';

export const simulationOperations: readonly Operation[] = [
  simulatePrincipalPolicy,
  simulateCustomPolicy,
  getContextKeysForPrincipalPolicy,
  getContextKeysForCustomPolicy,
];
