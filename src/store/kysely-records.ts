/**
 * The tables both SQL backends share, and the StoreTx over them written once with Kysely (which speaks
 * the SQLite and the PostgreSQL dialect alike): every record is one row of `records`, its JSON text
 * under (collection, account, key); leases are rows of `leases` with an expiry in epoch milliseconds.
 */
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { CollectionName, Collections } from './records.js';
import type { StoreTx } from './store.js';

export interface RecordsTable {
  collection: string;
  account: string;
  key: string;
  data: string;
}

export interface LeasesTable {
  name: string;
  owner: string;
  /** Epoch milliseconds. */
  expires_at: number;
}

export interface StoreSchema {
  records: RecordsTable;
  leases: LeasesTable;
}

export type StoreExecutor = Kysely<StoreSchema> | Transaction<StoreSchema>;

/** The collections of one transaction, over the connection that runs it. */
export class KyselyRecordsTx implements StoreTx {
  constructor(private readonly db: StoreExecutor) {}

  async get<C extends CollectionName>(collection: C, account: string, key: string) {
    const row = await this.db
      .selectFrom('records')
      .select('data')
      .where('collection', '=', collection)
      .where('account', '=', account)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Collections[C]) : undefined;
  }

  async put<C extends CollectionName>(collection: C, account: string, key: string, record: Collections[C]) {
    await this.db
      .insertInto('records')
      .values({ collection, account, key, data: JSON.stringify(record) })
      .onConflict((oc) =>
        oc.columns(['collection', 'account', 'key']).doUpdateSet({ data: (eb) => eb.ref('excluded.data') }),
      )
      .execute();
  }

  async delete(collection: CollectionName, account: string, key: string) {
    const result = await this.db
      .deleteFrom('records')
      .where('collection', '=', collection)
      .where('account', '=', account)
      .where('key', '=', key)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async list<C extends CollectionName>(collection: C, account: string) {
    const rows = await this.db
      .selectFrom('records')
      .select('data')
      .where('collection', '=', collection)
      .where('account', '=', account)
      .orderBy('key')
      .execute();
    return rows.map((row) => JSON.parse(row.data) as Collections[C]);
  }

  async find<C extends CollectionName>(collection: C, key: string) {
    const row = await this.db
      .selectFrom('records')
      .select('data')
      .where('collection', '=', collection)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Collections[C]) : undefined;
  }
}

/**
 * Takes or renews a lease in one statement, atomic in both dialects: the row is inserted when there is
 * none, and replaced only when it is `owner`'s own or has expired; a row comes back only if `owner`
 * holds the lease afterwards. `now` is epoch milliseconds (a SQL expression in PostgreSQL, so that every
 * node uses the database's clock).
 */
export async function upsertLease(
  db: StoreExecutor,
  name: string,
  owner: string,
  expiresAt: number | RawBuilder<number>,
  now: number | RawBuilder<number>,
): Promise<boolean> {
  const row = await db
    .insertInto('leases')
    .values({ name, owner, expires_at: expiresAt })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({
          owner: (eb) => eb.ref('excluded.owner'),
          expires_at: (eb) => eb.ref('excluded.expires_at'),
        })
        .where((eb) => eb.or([eb('leases.owner', '=', owner), eb('leases.expires_at', '<=', now)])),
    )
    .returning('owner')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes the lease row when `owner` holds it. */
export async function deleteLease(db: StoreExecutor, name: string, owner: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('owner', '=', owner).execute();
}
