/** Image Builder operations on pipelines. */
import type { Operation } from '../../../common/operation.js';

export const pipelinesOperations: readonly Operation[] = [];
