/**
 * The embedded store: SQLite through better-sqlite3 and Kysely, in WAL mode so that a CLI command
 * (`ibiam accounts create`) can write while a server reads. Write transactions take the write lock up
 * front (BEGIN IMMEDIATE) and wait up to five seconds for another process holding it, so they never
 * conflict and run once. Leases use this machine's clock (every process on the file shares it).
 */
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import { deleteLease, KyselyRecordsTx, upsertLease, type StoreSchema } from '../kysely-records.js';
import type { CollectionName, Collections } from '../records.js';
import type { Store, StoreTx } from '../store.js';
import { sqliteMigrations } from './migrations.js';
import { ReadCache } from './read-cache.js';
import { withStatementCache } from './statement-cache.js';

/** Opens a Kysely instance over the database file (created if missing), without migrating it. */
function connect(path: string): { database: Database.Database; db: Kysely<StoreSchema> } {
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return {
    database,
    db: new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }),
  };
}

/** Applies the pending migrations of the database file; returns the names of those applied. */
export async function migrateSqlite(path: string): Promise<string[]> {
  const { db } = connect(path);
  try {
    return await migrateDb(db, path);
  } finally {
    await db.destroy();
  }
}

async function migrateDb(db: Kysely<StoreSchema>, path: string): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`cannot migrate ${path}: ${failed?.migrationName ?? ''} ${String(error ?? '')}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The statements on the hot path (every request reads a few records), run directly on better-sqlite3:
 * Kysely compiles each query anew, which costs more than SQLite takes to answer these. They run inside
 * Kysely's connection callback, on the same connection, so they never interleave with other queries.
 */
interface HotStatements {
  readonly begin: Database.Statement;
  readonly commit: Database.Statement;
  readonly get: Database.Statement;
  readonly find: Database.Statement;
  readonly list: Database.Statement;
}

function hotStatements(database: Database.Database): HotStatements {
  return {
    begin: database.prepare('begin'),
    commit: database.prepare('commit'),
    get: database
      .prepare('select data from records where collection = ? and account = ? and key = ?')
      .pluck(),
    find: database.prepare('select data from records where collection = ? and key = ? limit 1').pluck(),
    list: database
      .prepare('select data from records where collection = ? and account = ? order by key')
      .pluck(),
  };
}

/** The records of one transaction: reads through the hot statements, the rest through Kysely. */
class SqliteRecordsTx extends KyselyRecordsTx {
  constructor(
    executor: ConstructorParameters<typeof KyselyRecordsTx>[0],
    protected readonly hot: HotStatements,
  ) {
    super(executor);
  }

  override async get<C extends CollectionName>(collection: C, account: string, key: string) {
    return this.readGet<C>(collection, account, key);
  }

  override async find<C extends CollectionName>(collection: C, key: string) {
    return this.readFind<C>(collection, key);
  }

  override async list<C extends CollectionName>(collection: C, account: string) {
    return this.readList<C>(collection, account);
  }

  protected readGet<C extends CollectionName>(collection: C, account: string, key: string) {
    const data = this.hot.get.get(collection, account, key) as string | undefined;
    return data === undefined ? undefined : (JSON.parse(data) as Collections[C]);
  }

  protected readFind<C extends CollectionName>(collection: C, key: string) {
    const data = this.hot.find.get(collection, key) as string | undefined;
    return data === undefined ? undefined : (JSON.parse(data) as Collections[C]);
  }

  protected readList<C extends CollectionName>(collection: C, account: string) {
    return (this.hot.list.all(collection, account) as string[]).map(
      (data) => JSON.parse(data) as Collections[C],
    );
  }
}

/** A read transaction: its reads come from (and fill) the store's read cache. */
class CachedRecordsTx extends SqliteRecordsTx {
  /** Whether a read missed the cache and so read the database's snapshot. */
  missed = false;

  constructor(
    executor: ConstructorParameters<typeof KyselyRecordsTx>[0],
    hot: HotStatements,
    private readonly cache: ReadCache,
  ) {
    super(executor, hot);
  }

  private remember<T>(key: string, load: () => T): T {
    return this.cache.remember(key, () => {
      this.missed = true;
      return load();
    });
  }

  override async get<C extends CollectionName>(collection: C, account: string, key: string) {
    return this.remember(`g\0${collection}\0${account}\0${key}`, () =>
      this.readGet<C>(collection, account, key),
    );
  }

  override async find<C extends CollectionName>(collection: C, key: string) {
    return this.remember(`f\0${collection}\0${key}`, () => this.readFind<C>(collection, key));
  }

  override async list<C extends CollectionName>(collection: C, account: string) {
    return this.remember(`l\0${collection}\0${account}`, () => this.readList<C>(collection, account));
  }
}

export class SqliteStore implements Store {
  private hotStatements: HotStatements | undefined;
  private dataVersion: Database.Statement | undefined;
  private localWrites = 0;
  private observedDataVersion: number | undefined;
  /** How many times data_version was read (a read inside a transaction pins its snapshot). */
  private versionLooks = 0;
  private readonly cache = new ReadCache();

  private constructor(
    private readonly database: Database.Database,
    private readonly db: Kysely<StoreSchema>,
  ) {}

  /** Opens (creating if needed) the database file and applies pending migrations. */
  static async open(path: string): Promise<SqliteStore> {
    const { database, db } = connect(path);
    try {
      await migrateDb(db, path);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new SqliteStore(database, db);
  }

  private get hot(): HotStatements {
    return (this.hotStatements ??= hotStatements(this.database));
  }

  async read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const hot = this.hot;
    return this.db.connection().execute(async (conn) => {
      hot.begin.run();
      const tx = new CachedRecordsTx(conn, hot, this.cache);
      const looksBefore = this.versionLooks;
      try {
        this.cache.sync(await this.generation());
        return await fn(tx);
      } finally {
        hot.commit.run();
        // Another process may have committed while this transaction's snapshot was open (a read that
        // missed the cache, or a look at data_version, opens one): what it saw may be newer than the
        // generation it was filed under, so look at the version again next time.
        if (tx.missed || this.versionLooks !== looksBefore) this.observedDataVersion = undefined;
      }
    });
  }

  async write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      let result: T;
      try {
        result = await fn(new SqliteRecordsTx(conn, this.hot));
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
    // data_version changes when another connection commits; our own commits are counted locally. Another
    // process's commit is seen from the next turn of the event loop or the end of a read transaction:
    // the value read is kept until then, so that one request's several looks ask SQLite once.
    // (a prepared statement: `database.pragma()` would prepare one on every call)
    if (this.observedDataVersion === undefined) {
      this.dataVersion ??= this.database.prepare('PRAGMA data_version').pluck();
      this.observedDataVersion = this.dataVersion.get() as number;
      this.versionLooks++;
      setImmediate(() => (this.observedDataVersion = undefined));
    }
    return this.localWrites * 1_000_000 + this.observedDataVersion;
  }

  async tryLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        return await upsertLease(conn, name, owner, now + ttlMs, now);
      } finally {
        await sql`commit`.execute(conn);
      }
    });
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await deleteLease(this.db, name, owner);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
