/** Image Builder operations on components. */
import type { Operation } from '../../../common/operation.js';

export const componentsOperations: readonly Operation[] = [];
