/**
 * The account as the doctor reads it from an endpoint (doctor/endpoint/fetch-account.ts), read in-process
 * as the caller: every page of GetAccountAuthorizationDetails, then every page of ListInstanceProfiles
 * (the details show an instance profile only through its role). The answer has the shape of the AWS
 * CLI's `get-account-authorization-details` output, which the doctor's snapshot reader reads.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
 */
import type { OperationContext } from '../../common/operation.js';
import { getAccountAuthorizationDetails } from '../../iam/operations/account/get-account-authorization-details.js';
import { listInstanceProfiles } from '../../iam/operations/instance-profiles/list-instance-profiles.js';
import { callAs } from './in-process.js';

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;
const PAGE = { MaxItems: '1000' };

export async function readAccountAsCaller(ctx: OperationContext): Promise<Record<string, unknown>> {
  const lists: Record<string, unknown[]> = { InstanceProfiles: [] };
  for (const list of LISTS) lists[list] = [];
  let marker: string | undefined;
  do {
    const page = await callAs(ctx, getAccountAuthorizationDetails, {
      ...PAGE,
      ...(marker ? { Marker: marker } : {}),
    });
    for (const list of LISTS) {
      const items = page[list];
      if (Array.isArray(items)) lists[list]!.push(...(items as unknown[]));
    }
    marker = page['IsTruncated'] === true && typeof page['Marker'] === 'string' ? page['Marker'] : undefined;
  } while (marker);
  do {
    const page = await callAs(ctx, listInstanceProfiles, { ...PAGE, ...(marker ? { Marker: marker } : {}) });
    const items = page['InstanceProfiles'];
    if (Array.isArray(items)) lists['InstanceProfiles']!.push(...(items as unknown[]));
    marker = page['IsTruncated'] === true && typeof page['Marker'] === 'string' ? page['Marker'] : undefined;
  } while (marker);
  return { ...lists, IsTruncated: false };
}
