/**
 * Reads an account from an endpoint through the public API, as a snapshot would: GetCallerIdentity for
 * the account id, every page of GetAccountAuthorizationDetails, and ListInstanceProfiles (the details show
 * an instance profile only through its role). The result goes through the same reader as snapshot files.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import { readAccountDetails } from '../snapshot/read-account-details.js';
import type { AccountSnapshot } from '../snapshot/types.js';
import { clientConfig, type Connection, type StaticCredentials } from './connection.js';

/** JSON round trip: Dates become ISO strings, as the CLI prints them. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

export async function callerAccount(
  connection: Connection,
  credentials?: StaticCredentials,
): Promise<string> {
  const sts = await import('@aws-sdk/client-sts');
  const client = new sts.STSClient(clientConfig(connection, credentials));
  try {
    const identity = await client.send(new sts.GetCallerIdentityCommand({}));
    if (!identity.Account) throw new Error('GetCallerIdentity returned no account');
    return identity.Account;
  } finally {
    client.destroy();
  }
}

export async function fetchAccount(
  connection: Connection,
  credentials?: StaticCredentials,
): Promise<AccountSnapshot> {
  const accountId = await callerAccount(connection, credentials);
  const iam = await import('@aws-sdk/client-iam');
  const client = new iam.IAMClient(clientConfig(connection, credentials));
  try {
    const lists: Record<string, unknown[]> = {
      UserDetailList: [],
      GroupDetailList: [],
      RoleDetailList: [],
      Policies: [],
      InstanceProfiles: [],
    };
    let marker: string | undefined;
    do {
      const page = await client.send(
        new iam.GetAccountAuthorizationDetailsCommand({ ...(marker ? { Marker: marker } : {}) }),
      );
      lists['UserDetailList']!.push(...(page.UserDetailList ?? []));
      lists['GroupDetailList']!.push(...(page.GroupDetailList ?? []));
      lists['RoleDetailList']!.push(...(page.RoleDetailList ?? []));
      lists['Policies']!.push(...(page.Policies ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    do {
      const page = await client.send(
        new iam.ListInstanceProfilesCommand({ ...(marker ? { Marker: marker } : {}) }),
      );
      lists['InstanceProfiles']!.push(...(page.InstanceProfiles ?? []));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    const source = `${connection.endpoint ?? 'AWS'} (account ${accountId})`;
    return readAccountDetails(source, plain({ ...lists, IsTruncated: false }), accountId);
  } finally {
    client.destroy();
  }
}
