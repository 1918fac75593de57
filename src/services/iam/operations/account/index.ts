/** IAM operations on the account as a whole: usage summary and authorization details. */
import type { Operation } from '../../../common/operation.js';
import { getAccountAuthorizationDetails } from './get-account-authorization-details.js';
import { getAccountSummary } from './get-account-summary.js';

export const accountOperations: readonly Operation[] = [getAccountSummary, getAccountAuthorizationDetails];
