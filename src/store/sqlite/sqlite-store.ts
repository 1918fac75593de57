/**
 * The embedded store: SQLite through better-sqlite3 and Kysely, in WAL mode so that a CLI command
 * (`ibiam accounts create`) can write while a server reads. Write transactions take the write lock up
 * front (BEGIN IMMEDIATE) and wait up to five seconds for another process holding it.
 */
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type Transaction } from 'kysely';
import type { CollectionName, Collections } from '../records.js';
import type { Store, StoreTx } from '../store.js';
import { sqliteMigrations } from './migrations.js';

interface RecordsTable {
  collection: string;
  account: string;
  key: string;
  data: string;
}

interface Schema {
  records: RecordsTable;
}

type Executor = Kysely<Schema> | Transaction<Schema>;

class SqliteTx implements StoreTx {
  constructor(private readonly db: Executor) {}

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

export class SqliteStore implements Store {
  private localWrites = 0;

  private constructor(
    private readonly database: Database.Database,
    private readonly db: Kysely<Schema>,
  ) {}

  /** Opens (creating if needed) the database file and applies pending migrations. */
  static async open(path: string): Promise<SqliteStore> {
    const database = new Database(path);
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
    const { error, results } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error || failed) {
      await db.destroy();
      throw new Error(`cannot migrate ${path}: ${failed?.migrationName ?? ''} ${String(error ?? '')}`);
    }
    return new SqliteStore(database, db);
  }

  async read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`begin`.execute(conn);
      try {
        return await fn(new SqliteTx(conn));
      } finally {
        await sql`commit`.execute(conn);
      }
    });
  }

  async write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      let result: T;
      try {
        result = await fn(new SqliteTx(conn));
      } catch (error) {
        await sql`rollback`.execute(conn);
        throw error;
      }
      await sql`commit`.execute(conn);
      this.localWrites++;
      return result;
    });
  }

  async generation(): Promise<number> {
    // data_version changes when another connection commits; our own commits are counted locally.
    const dataVersion = this.database.pragma('data_version', { simple: true }) as number;
    return this.localWrites * 1_000_000 + dataVersion;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
