/** Image Builder operations on images. */
import type { Operation } from '../../../common/operation.js';

export const imagesOperations: readonly Operation[] = [];
