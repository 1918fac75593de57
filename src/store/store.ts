/**
 * The store: the one narrow interface every backend implements (embedded SQLite, or PostgreSQL shared by
 * several ibiam nodes). It holds records in named collections, keyed by (account, key), and runs every
 * operation inside a transaction that commits whole or not at all. Services never see SQL.
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
   * discarded when it throws (the error is rethrown). Write transactions are serializable: the outcome is
   * that of running them one at a time, whichever process runs them. A backend may discard a transaction
   * that conflicts with another one and run `fn` again from the start, so `fn` must not have effects
   * outside the transaction that cannot be repeated.
   */
  write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  /**
   * A number that changes whenever any writer (this process or another on the same store) has committed,
   * within one second of the commit, so that caches derived from the store know when to refresh. A value
   * read during a transaction is never newer than what that transaction sees without changing again.
   */
  generation(): Promise<number>;
  /**
   * Takes or renews the lease `name` for `owner` for `ttlMs` milliseconds, in its own transaction: true
   * when `owner` holds it afterwards (it was free, had expired, or was already held by `owner`), false
   * while another owner holds it unexpired. Every process on the same store sees the same leases.
   */
  tryLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease `name` up when `owner` holds it (another owner may take it at once); otherwise does nothing. */
  releaseLease(name: string, owner: string): Promise<void>;
  /** Releases the database; the store is unusable afterwards. */
  close(): Promise<void>;
}
