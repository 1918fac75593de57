/**
 * Accounts in the store: each has root credentials (an access key without a user). On an empty store the
 * server creates the default account 123456789012 with access key `test` and secret `test`.
 */
import type { StoreTx } from '../../store/store.js';
import { accessKeyId, secretAccessKey } from './ids.js';
import { ServiceError } from './service-error.js';

export const DEFAULT_ACCOUNT_ID = '123456789012';

export interface AccountCredentials {
  readonly AccountId: string;
  readonly AccessKeyId: string;
  readonly SecretAccessKey: string;
}

export async function createAccount(
  tx: StoreTx,
  accountId: string,
  now: Date,
  keys?: { readonly accessKeyId: string; readonly secretAccessKey: string },
): Promise<AccountCredentials> {
  if (!/^\d{12}$/.test(accountId))
    throw new ServiceError('InvalidInput', `Account id ${accountId} must be 12 digits.`, 400);
  if (await tx.get('accounts', '', accountId)) {
    throw new ServiceError('EntityAlreadyExists', `Account ${accountId} already exists.`, 409);
  }
  const id = keys?.accessKeyId ?? accessKeyId('AKIA');
  if (await tx.find('access-keys', id))
    throw new ServiceError('EntityAlreadyExists', `Access key ${id} already exists.`, 409);
  const secret = keys?.secretAccessKey ?? secretAccessKey();
  const createDate = now.toISOString();
  await tx.put('accounts', '', accountId, { accountId, createDate });
  await tx.put('access-keys', accountId, id, {
    accessKeyId: id,
    secretAccessKey: secret,
    accountId,
    status: 'Active',
    createDate,
  });
  return { AccountId: accountId, AccessKeyId: id, SecretAccessKey: secret };
}

export async function listAccounts(tx: StoreTx): Promise<string[]> {
  return (await tx.list('accounts', '')).map((a) => a.accountId);
}
