/**
 * A StoreTx that notes whether any of its statements failed for a serialization conflict or a deadlock,
 * so that the store retries the transaction even when the transaction function caught that error and
 * threw another one (every later statement of an aborted PostgreSQL transaction fails too).
 */
import type { CollectionName, Collections } from '../records.js';
import type { StoreTx } from '../store.js';
import type { ConflictFlag } from './retry.js';

export class WatchedTx implements StoreTx {
  constructor(
    private readonly inner: StoreTx,
    private readonly flag: ConflictFlag,
  ) {}

  get<C extends CollectionName>(
    collection: C,
    account: string,
    key: string,
  ): Promise<Collections[C] | undefined> {
    return this.flag.watch(this.inner.get(collection, account, key));
  }

  put<C extends CollectionName>(
    collection: C,
    account: string,
    key: string,
    record: Collections[C],
  ): Promise<void> {
    return this.flag.watch(this.inner.put(collection, account, key, record));
  }

  delete(collection: CollectionName, account: string, key: string): Promise<boolean> {
    return this.flag.watch(this.inner.delete(collection, account, key));
  }

  list<C extends CollectionName>(collection: C, account: string): Promise<Collections[C][]> {
    return this.flag.watch(this.inner.list(collection, account));
  }

  find<C extends CollectionName>(collection: C, key: string): Promise<Collections[C] | undefined> {
    return this.flag.watch(this.inner.find(collection, key));
  }
}
