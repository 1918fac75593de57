/** Image Builder operations on resource-policies. */
import type { Operation } from '../../../common/operation.js';

export const resourcePoliciesOperations: readonly Operation[] = [];
