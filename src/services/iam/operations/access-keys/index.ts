/** IAM operations on access-keys. */
import type { Operation } from '../../../common/operation.js';

export const accessKeysOperations: readonly Operation[] = [];
