/**
 * The whole content of a test server's store, to prove that a refused request changed nothing: every
 * record of every collection of every account, read in one transaction. Usage bookkeeping (`lastUsed` of
 * access keys and roles) is left out: AWS records it on every request, refused ones included.
 */
import type { CollectionName } from '../../../src/store/records.js';
import type { TestServer } from '../harness.js';

const COLLECTIONS: readonly CollectionName[] = [
  'users',
  'groups',
  'roles',
  'policies',
  'instance-profiles',
  'access-keys',
  'sessions',
  'deletion-tasks',
];

function withoutUsage(record: unknown): unknown {
  if (record === null || typeof record !== 'object') return record;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  delete copy['lastUsed'];
  return copy;
}

/** Every record in the store, as JSON text (equal texts mean equal stores). */
export async function storeSnapshot(server: TestServer): Promise<string> {
  return server.ibiam.store.read(async (tx) => {
    const accounts = await tx.list('accounts', '');
    const content: Record<string, unknown> = { accounts };
    for (const account of accounts) {
      for (const collection of COLLECTIONS) {
        const records = await tx.list(collection, account.accountId);
        content[`${account.accountId}/${collection}`] = records.map(withoutUsage);
      }
    }
    return JSON.stringify(content);
  });
}
