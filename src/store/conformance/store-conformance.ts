/**
 * The store conformance suite: the same assertions for every backend, so that SQLite and PostgreSQL keep
 * one contract (the sentences on the Store interface). A backend that lacks a capability names it in
 * `skips` and the matching test is skipped with that name.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountRecord } from '../records.js';
import type { Store } from '../store.js';

export type StoreCapability = 'cross-process-generation';

const account = (accountId: string): AccountRecord => ({ accountId, createDate: '2026-01-01T00:00:00Z' });

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

    const crossProcess = options.skips?.includes('cross-process-generation') || !options.openSecond;
    it(
      'sees writes of another handle on the same store, and a new generation',
      { skip: crossProcess ? 'cross-process-generation' : false },
      async () => {
        const second = await options.openSecond!();
        try {
          const before = await store.generation();
          await second.write((tx) => tx.put('accounts', 'o', 'other', account('other')));
          assert.notEqual(await store.generation(), before);
          assert.equal((await store.read((tx) => tx.get('accounts', 'o', 'other')))?.accountId, 'other');
        } finally {
          await second.close();
        }
      },
    );
  });
}
