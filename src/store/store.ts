/**
 * The store: the one narrow interface every backend implements (SQLite now, PostgreSQL later). It holds
 * records in named collections, keyed by (account, key), and runs every operation inside a transaction
 * that commits whole or not at all. Services never see SQL.
 */
import type { CollectionName, Collections } from './records.js';

/** Access to the collections inside one transaction. */
export interface StoreTx {
  /** Returns the record stored under (account, key) in the collection, or undefined when there is none. */
  get<C extends CollectionName>(
    collection: C,
    account: string,
    key: string,
  ): Promise<Collections[C] | undefined>;
  /** Stores the record under (account, key), replacing any record already there. */
  put<C extends CollectionName>(
    collection: C,
    account: string,
    key: string,
    record: Collections[C],
  ): Promise<void>;
  /** Removes the record under (account, key); returns whether there was one. */
  delete(collection: CollectionName, account: string, key: string): Promise<boolean>;
  /** Returns every record of the account's collection, ordered by key (byte order). */
  list<C extends CollectionName>(collection: C, account: string): Promise<Collections[C][]>;
  /** Returns the record stored under the key in any account (keys such as access key ids are globally unique). */
  find<C extends CollectionName>(collection: C, key: string): Promise<Collections[C] | undefined>;
}

export interface Store {
  /** Runs `fn` in a read-only transaction that sees one consistent state. */
  read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a read-write transaction: its writes commit together when `fn` resolves and are all
   * discarded when it throws (the error is rethrown). Write transactions do not interleave.
   */
  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * A number that changes whenever any writer (this process or another on the same store) has committed,
   * so that caches derived from the store know when to refresh.
   */
  generation(): Promise<number>;
  /** Releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
