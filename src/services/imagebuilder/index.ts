/**
 * Every EC2 Image Builder operation ibiam serves (REST-JSON, API version 2019-12-02).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';

export const imagebuilderOperations: readonly Operation[] = [];
