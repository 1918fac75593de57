/** IAM operations on instance-profiles. */
import type { Operation } from '../../../common/operation.js';

export const instanceProfilesOperations: readonly Operation[] = [];
