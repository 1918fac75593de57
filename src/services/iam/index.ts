/**
 * Every IAM operation ibiam serves (Query protocol, Version 2010-05-08).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { createUser } from './operations/users/create-user.js';
import { getUser } from './operations/users/get-user.js';

export const iamOperations: readonly Operation[] = [createUser, getUser];
