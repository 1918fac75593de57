// Recording access key use: the first use is written, uses within a minute are not, temporary credentials
// are never recorded, and a failing store never fails the request.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Caller } from '../services/common/caller.js';
import type { SessionRecord } from '../store/records.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { KEY_USAGE_INTERVAL_MS, recordKeyUsage } from './key-usage.js';

const ACCOUNT = '123456789012';
const silent = { info: () => {}, error: () => {} };

const userCaller = (accessKeyId: string, session?: SessionRecord): Caller => ({
  accountId: ACCOUNT,
  kind: 'user',
  arn: `arn:aws:iam::${ACCOUNT}:user/u`,
  userId: 'AIDAEXAMPLEEXAMPLE123',
  accessKeyId,
  userName: 'u',
  ...(session ? { session } : {}),
  principal: { arn: `arn:aws:iam::${ACCOUNT}:user/u` },
});

describe('recordKeyUsage', () => {
  let dir: string;
  let store: SqliteStore;

  async function putKey(id: string): Promise<void> {
    await store.write((tx) =>
      tx.put('access-keys', ACCOUNT, id, {
        accessKeyId: id,
        secretAccessKey: 'secret',
        accountId: ACCOUNT,
        userName: 'u',
        status: 'Active',
        createDate: '2026-01-01T00:00:00.000Z',
      }),
    );
  }

  const lastUsed = (id: string) => store.read(async (tx) => (await tx.find('access-keys', id))?.lastUsed);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ibiam-key-usage-'));
    store = await SqliteStore.open(join(dir, 'store.db'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the first use, and again only after a minute', async () => {
    await putKey('AKIAKEYUSAGE00000001');
    const caller = userCaller('AKIAKEYUSAGE00000001');
    const t0 = new Date('2026-03-01T10:00:00.000Z');
    await recordKeyUsage({ store, logger: silent }, caller, { service: 'iam', region: 'us-east-1' }, t0);
    assert.deepEqual(await lastUsed('AKIAKEYUSAGE00000001'), {
      date: t0.toISOString(),
      serviceName: 'iam',
      region: 'us-east-1',
    });
    const soon = new Date(t0.getTime() + KEY_USAGE_INTERVAL_MS - 1);
    await recordKeyUsage({ store, logger: silent }, caller, { service: 'sts', region: 'eu-west-1' }, soon);
    assert.equal((await lastUsed('AKIAKEYUSAGE00000001'))?.serviceName, 'iam');
    const later = new Date(t0.getTime() + KEY_USAGE_INTERVAL_MS);
    await recordKeyUsage({ store, logger: silent }, caller, { service: 'sts', region: 'eu-west-1' }, later);
    assert.deepEqual(await lastUsed('AKIAKEYUSAGE00000001'), {
      date: later.toISOString(),
      serviceName: 'sts',
      region: 'eu-west-1',
    });
  });

  it('does not record temporary credentials', async () => {
    await putKey('AKIAKEYUSAGE00000002');
    const session = { accessKeyId: 'AKIAKEYUSAGE00000002' } as SessionRecord;
    const caller = userCaller('AKIAKEYUSAGE00000002', session);
    await recordKeyUsage(
      { store, logger: silent },
      caller,
      { service: 'iam', region: 'us-east-1' },
      new Date(),
    );
    assert.equal(await lastUsed('AKIAKEYUSAGE00000002'), undefined);
  });

  it('never fails: a store error is logged and swallowed', async () => {
    const errors: Record<string, unknown>[] = [];
    const failing: Store = {
      read: (fn) => store.read(fn),
      write: () => Promise.reject(new Error('disk full')),
      generation: () => store.generation(),
      tryLease: (name, owner, ttlMs) => store.tryLease(name, owner, ttlMs),
      releaseLease: (name, owner) => store.releaseLease(name, owner),
      close: () => Promise.resolve(),
    };
    const logger = { info: () => {}, error: (event: Record<string, unknown>) => errors.push(event) };
    const caller = userCaller('AKIAKEYUSAGE00000003');
    await recordKeyUsage(
      { store: failing, logger },
      caller,
      { service: 'iam', region: 'us-east-1' },
      new Date(),
    );
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.['event'], 'key-usage-failed');
  });
});
