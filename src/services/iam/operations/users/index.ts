/** IAM operations on users. */
import type { Operation } from '../../../common/operation.js';
import { createUser } from './create-user.js';
import { getUser } from './get-user.js';

export const usersOperations: readonly Operation[] = [createUser, getUser];
