/**
 * The shared store: PostgreSQL through node-postgres and Kysely, for several ibiam nodes serving one
 * state. Write transactions run at SERIALIZABLE isolation, so the operations' read-check-write logic
 * (at most 5 policy versions, one role per instance profile, unique names...) holds across nodes as it
 * does in one process: when PostgreSQL aborts a transaction for a serialization failure or a deadlock,
 * the whole transaction function runs again on a fresh snapshot (a bounded number of times, with jittered
 * back-off; after a few attempts a transaction queues behind the other repeatedly conflicting ones on an
 * advisory lock, so that no writer starves). Reads see one snapshot (REPEATABLE READ, READ ONLY).
 * Leases use the database's clock, so that nodes with skewed clocks agree on expiry.
 * https://www.postgresql.org/docs/current/transaction-iso.html#XACT-SERIALIZABLE
 */
import { randomUUID } from 'node:crypto';
import { CompiledQuery, Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { deleteLease, KyselyRecordsTx, upsertLease, type StoreSchema } from '../kysely-records.js';
import type { Store, StoreTx } from '../store.js';
import { CHANNEL, GenerationCounter, GenerationWatch } from './generation-watch.js';
import { postgresMigrations } from './migrations.js';
import { backoffMs, ConflictFlag, isRetryable, MAX_ATTEMPTS, QUEUE_FROM_ATTEMPT } from './retry.js';
import { WatchedTx } from './watched-tx.js';

export interface PostgresStoreOptions {
  /** Connections in the pool (default 20), besides the one that listens for other nodes' commits. */
  readonly maxConnections?: number;
  /** Milliseconds between two polls of the generation sequence (default 500). */
  readonly pollMs?: number;
  /** Where the store reports a lost listener connection and the like. */
  readonly log?: (event: Record<string, unknown>) => void;
}

/** Advisory lock keys (arbitrary 64-bit numbers, fixed so that every node uses the same). */
const MIGRATION_LOCK = 0x1b1a_0001n;
const WRITE_QUEUE_LOCK = 0x1b1a_0002n;

const nowMs = sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

type Connection = Kysely<StoreSchema> | Transaction<StoreSchema>;

function connect(connectionString: string, max: number, log: (event: Record<string, unknown>) => void) {
  const pool = new pg.Pool({ connectionString, max, application_name: 'ibiam' });
  // An idle connection that breaks (server restart) must not crash the process; the pool replaces it.
  pool.on('error', (error) => log({ event: 'store-connection-error', error: error.message }));
  return new Kysely<StoreSchema>({
    dialect: new PostgresDialect({
      pool,
      // Serializable transactions lock what they read: a sequential scan locks the whole table (any
      // concurrent write then conflicts), an index scan only the rows and gaps it visits. The planner
      // prefers sequential scans of small tables, so it is told not to: every query of the store has an
      // index to use.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw('set enable_seqscan = off'));
      },
    }),
  });
}

/** Applies pending migrations, one node at a time; returns the names of those applied. */
async function migrateDb(db: Kysely<StoreSchema>): Promise<string[]> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const { error, results } = await new Migrator({ db, provider: postgresMigrations }).migrateToLatest();
      const failed = results?.find((r) => r.status === 'Error');
      if (error || failed) {
        throw new Error(
          `cannot migrate the PostgreSQL store: ${failed?.migrationName ?? ''} ${String(error ?? '')}`,
        );
      }
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

/** Applies the pending migrations of the database at `url`; returns the names of those applied. */
export async function migratePostgres(url: string): Promise<string[]> {
  const db = connect(url, 2, () => {});
  try {
    return await migrateDb(db);
  } finally {
    await db.destroy();
  }
}

export class PostgresStore implements Store {
  private readonly nodeId = randomUUID();
  private readonly counter = new GenerationCounter();
  private readonly watch: GenerationWatch;
  private readonly log: (event: Record<string, unknown>) => void;

  private constructor(
    private readonly db: Kysely<StoreSchema>,
    url: string,
    options: PostgresStoreOptions,
  ) {
    this.log = options.log ?? (() => {});
    this.watch = new GenerationWatch(this.counter, {
      connectionString: url,
      nodeId: this.nodeId,
      pollMs: options.pollMs ?? 500,
      poll: async () => {
        const { rows } = await sql<{
          value: string;
        }>`select last_value::text as value from store_generation`.execute(this.db);
        return rows[0]?.value ?? '';
      },
      log: this.log,
    });
  }

  /** Connects to the database at `url` (postgres://...), applies pending migrations and starts listening. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const db = connect(url, Math.max(2, options.maxConnections ?? 20), options.log ?? (() => {}));
    try {
      await migrateDb(db);
      const store = new PostgresStore(db, url, options);
      await store.watch.start();
      return store;
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }

  async read<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    const mark = this.counter.begin();
    try {
      return await this.db.connection().execute(async (conn) => {
        await sql`begin isolation level repeatable read read only`.execute(conn);
        try {
          return await fn(new KyselyRecordsTx(conn));
        } finally {
          // Nothing to wait for in ending a read-only transaction: the connection sends the COMMIT before
          // any statement of its next transaction, and the answer saves a round trip.
          sql`commit`.execute(conn).catch(() => {});
        }
      });
    } finally {
      this.counter.end(mark);
    }
  }

  async write<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const flag = new ConflictFlag();
      const mark = this.counter.begin();
      try {
        const result = await this.db
          .connection()
          .execute((conn) => this.attempt(conn, fn, flag, attempt >= QUEUE_FROM_ATTEMPT));
        this.counter.changed();
        return result;
      } catch (error) {
        if (!(flag.raised || isRetryable(error)) || attempt >= MAX_ATTEMPTS) throw error;
      } finally {
        this.counter.end(mark);
      }
      await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt + 1)));
    }
  }

  /** One run of a write transaction on one connection: commit, notify, advance the generation. */
  private async attempt<T>(
    conn: Connection,
    fn: (tx: StoreTx) => Promise<T>,
    flag: ConflictFlag,
    queue: boolean,
  ): Promise<T> {
    if (queue) await sql`select pg_advisory_lock(${WRITE_QUEUE_LOCK})`.execute(conn);
    try {
      await sql`begin isolation level serializable`.execute(conn);
      let result: T;
      try {
        result = await fn(new WatchedTx(new KyselyRecordsTx(conn), flag));
        await flag.watch(sql`select pg_notify(${CHANNEL}, ${this.nodeId})`.execute(conn));
        await flag.watch(sql`commit`.execute(conn));
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => {});
        throw error;
      }
      // Committed: a failure to advance the sequence must not fail the request (the NOTIFY went out).
      await sql`select nextval('store_generation')`.execute(conn).catch((error: unknown) => {
        this.log({ event: 'store-generation-failed', error: String(error) });
      });
      return result;
    } finally {
      if (queue) await sql`select pg_advisory_unlock(${WRITE_QUEUE_LOCK})`.execute(conn).catch(() => {});
    }
  }

  async generation(): Promise<number> {
    return this.counter.value();
  }

  async tryLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    return upsertLease(this.db, name, owner, sql<number>`${nowMs} + ${Math.ceil(ttlMs)}::bigint`, nowMs);
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await deleteLease(this.db, name, owner);
  }

  async close(): Promise<void> {
    await this.watch.stop();
    await this.db.destroy();
  }
}
