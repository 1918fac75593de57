/**
 * The store conformance suite: the same assertions for every backend, so that SQLite and PostgreSQL keep
 * one contract (the sentences on the Store interface). A backend that lacks a capability names it in
 * `skips` and the matching tests are skipped with that name. Tests that need a second handle on the same
 * store (another process, another node) use `openSecond`; without it they are skipped as
 * 'cross-process-generation'.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountRecord } from '../records.js';
import type { Store } from '../store.js';

/**
 * Capabilities a backend may lack. 'cross-process-generation': seeing another handle's commits.
 * 'concurrent-handles-in-one-process': two handles of one process writing at the same time (a
 * synchronous driver blocks the process while it waits for the other handle's lock, which then never
 * comes; separate processes are fine).
 */
export type StoreCapability = 'cross-process-generation' | 'concurrent-handles-in-one-process';

const account = (accountId: string): AccountRecord => ({ accountId, createDate: '2026-01-01T00:00:00Z' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, for at most `ms` milliseconds; returns whether it did. */
async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await sleep(10);
  }
}

export function runStoreConformance(
  name: string,
  open: () => Promise<Store>,
  options: { skips?: readonly StoreCapability[]; openSecond?: () => Promise<Store> } = {},
): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await open();
    });
    after(async () => {
      await store.close();
    });

    it('returns what was put, and undefined for missing keys', async () => {
      await store.write((tx) => tx.put('accounts', '', '111111111111', account('111111111111')));
      assert.deepEqual(
        await store.read((tx) => tx.get('accounts', '', '111111111111')),
        account('111111111111'),
      );
      assert.equal(await store.read((tx) => tx.get('accounts', '', 'nope')), undefined);
    });

    it('replaces a record put under the same key', async () => {
      await store.write((tx) => tx.put('accounts', '', 'k', account('1')));
      await store.write((tx) => tx.put('accounts', '', 'k', account('2')));
      assert.equal((await store.read((tx) => tx.get('accounts', '', 'k')))?.accountId, '2');
    });

    it('keeps accounts apart and lists in key order', async () => {
      await store.write(async (tx) => {
        await tx.put('accounts', 'a', 'b', account('b'));
        await tx.put('accounts', 'a', 'a', account('a'));
        await tx.put('accounts', 'z', 'c', account('c'));
      });
      const listed = await store.read((tx) => tx.list('accounts', 'a'));
      assert.deepEqual(
        listed.map((r) => r.accountId),
        ['a', 'b'],
      );
    });

    it('finds a record by key in any account', async () => {
      await store.write((tx) => tx.put('accounts', 'acct-9', 'global-key', account('9')));
      assert.equal((await store.read((tx) => tx.find('accounts', 'global-key')))?.accountId, '9');
    });

    it('deletes and reports whether something was deleted', async () => {
      await store.write((tx) => tx.put('accounts', 'd', 'x', account('x')));
      assert.equal(await store.write((tx) => tx.delete('accounts', 'd', 'x')), true);
      assert.equal(await store.write((tx) => tx.delete('accounts', 'd', 'x')), false);
    });

    it('discards every write of a transaction that throws', async () => {
      await assert.rejects(
        store.write(async (tx) => {
          await tx.put('accounts', 'r', 'one', account('one'));
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.read((tx) => tx.get('accounts', 'r', 'one')), undefined);
    });

    it('serializes concurrent write transactions', async () => {
      await store.write((tx) => tx.put('accounts', 'n', 'counter', { accountId: '0', createDate: '' }));
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.write(async (tx) => {
            const current = await tx.get('accounts', 'n', 'counter');
            await tx.put('accounts', 'n', 'counter', {
              accountId: String(Number(current?.accountId) + 1),
              createDate: '',
            });
          }),
        ),
      );
      assert.equal((await store.read((tx) => tx.get('accounts', 'n', 'counter')))?.accountId, '20');
    });

    it('changes the generation after a committed write', async () => {
      const before = await store.generation();
      await store.write((tx) => tx.put('accounts', 'g', 'x', account('x')));
      assert.notEqual(await store.generation(), before);
    });

    it('lists keys in byte order, whatever the locale', async () => {
      await store.write(async (tx) => {
        for (const key of ['b', 'B', '_x', 'a', 'A', 'é', 'Z'])
          await tx.put('accounts', 'order', key, account(key));
      });
      const listed = await store.read((tx) => tx.list('accounts', 'order'));
      assert.deepEqual(
        listed.map((r) => r.accountId),
        ['A', 'B', 'Z', '_x', 'a', 'b', 'é'],
      );
    });

    it('gives a lease to one owner at a time, and renews it for its holder', async () => {
      assert.equal(await store.tryLease('lease-a', 'owner-1', 5_000), true);
      assert.equal(await store.tryLease('lease-a', 'owner-2', 5_000), false);
      assert.equal(await store.tryLease('lease-a', 'owner-1', 5_000), true);
      assert.equal(await store.tryLease('lease-b', 'owner-2', 5_000), true);
    });

    it('lets another owner take an expired lease, and then refuses the former holder', async () => {
      assert.equal(await store.tryLease('lease-expiring', 'owner-1', 100), true);
      assert.equal(await store.tryLease('lease-expiring', 'owner-2', 5_000), false);
      await sleep(250);
      assert.equal(await store.tryLease('lease-expiring', 'owner-2', 5_000), true);
      assert.equal(await store.tryLease('lease-expiring', 'owner-1', 5_000), false);
    });

    it('extends a lease when its holder renews it', async () => {
      assert.equal(await store.tryLease('lease-renewed', 'owner-1', 300), true);
      await sleep(200);
      assert.equal(await store.tryLease('lease-renewed', 'owner-1', 300), true);
      await sleep(200);
      assert.equal(await store.tryLease('lease-renewed', 'owner-2', 300), false);
    });

    it('releases a lease only for its holder', async () => {
      assert.equal(await store.tryLease('lease-released', 'owner-1', 60_000), true);
      await store.releaseLease('lease-released', 'owner-2');
      assert.equal(await store.tryLease('lease-released', 'owner-2', 60_000), false);
      await store.releaseLease('lease-released', 'owner-1');
      assert.equal(await store.tryLease('lease-released', 'owner-2', 60_000), true);
      await store.releaseLease('never-taken', 'owner-1');
    });

    it('gives a contested lease to exactly one of many owners', async () => {
      const taken = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.tryLease('lease-contested', `owner-${i}`, 60_000)),
      );
      assert.equal(taken.filter(Boolean).length, 1);
    });

    const crossProcess = options.skips?.includes('cross-process-generation') || !options.openSecond;
    const skipCross = { skip: crossProcess ? 'cross-process-generation' : false };
    const skipConcurrent = options.skips?.includes('concurrent-handles-in-one-process')
      ? { skip: 'concurrent-handles-in-one-process' }
      : skipCross;

    describe('with a second handle on the same store', () => {
      let second: Store;
      before(async () => {
        if (!crossProcess) second = await options.openSecond!();
      });
      after(async () => {
        await second?.close();
      });

      it('sees its writes, and a new generation within one second', skipCross, async () => {
        const before = await store.generation();
        await second.write((tx) => tx.put('accounts', 'o', 'other', account('other')));
        assert.ok(
          await within(1_000, async () => (await store.generation()) !== before),
          'the generation did not change within one second of a commit through the other handle',
        );
        assert.equal((await store.read((tx) => tx.get('accounts', 'o', 'other')))?.accountId, 'other');
      });

      it('keeps read-check-write transactions of both handles serializable', skipConcurrent, async () => {
        await store.write((tx) => tx.put('accounts', 'n2', 'counter', { accountId: '0', createDate: '' }));
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? second : store).write(async (tx) => {
              const current = await tx.get('accounts', 'n2', 'counter');
              await tx.put('accounts', 'n2', 'counter', {
                accountId: String(Number(current?.accountId) + 1),
                createDate: '',
              });
            }),
          ),
        );
        assert.equal((await store.read((tx) => tx.get('accounts', 'n2', 'counter')))?.accountId, '20');
      });

      it('creates a record once when both handles check for it and create it', skipConcurrent, async () => {
        const created = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            (i % 2 ? second : store).write(async (tx) => {
              if (await tx.get('accounts', 'once', 'name')) return false;
              await tx.put('accounts', 'once', 'name', account(String(i)));
              return true;
            }),
          ),
        );
        assert.equal(created.filter(Boolean).length, 1);
      });

      it(
        'changes the generation again after a transaction during which the other handle committed',
        skipCross,
        async () => {
          let during = 0;
          await store.read(async (tx) => {
            await tx.get('accounts', 'o', 'other');
            const before = await store.generation();
            await second.write((w) => w.put('accounts', 'o', 'during', account('during')));
            await within(1_000, async () => (await store.generation()) !== before);
            during = await store.generation();
          });
          assert.notEqual(await store.generation(), during);
        },
      );

      it('shares leases with the other handle', skipCross, async () => {
        assert.equal(await store.tryLease('lease-shared', 'node-1', 60_000), true);
        assert.equal(await second.tryLease('lease-shared', 'node-2', 60_000), false);
        await store.releaseLease('lease-shared', 'node-1');
        assert.equal(await second.tryLease('lease-shared', 'node-2', 60_000), true);
      });
    });
  });
}
