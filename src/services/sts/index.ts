/**
 * Every STS operation ibiam serves (Query protocol, Version 2011-06-15).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { getCallerIdentity } from './operations/get-caller-identity.js';

export const stsOperations: readonly Operation[] = [getCallerIdentity];
