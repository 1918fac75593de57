/**
 * Schema migrations for the PostgreSQL store, applied in order by Kysely's Migrator (the same tables as
 * the SQLite store's migrations, plus the generation sequence that nodes poll). Text columns use the "C"
 * collation so that keys list in byte order, as the Store contract says, whatever the database's locale.
 * Never edit a migration that has shipped: add a new one.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const bytewise = sql`collate "C"`;

const migrations: Record<string, Migration> = {
  '0001-records': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('records')
        .addColumn('collection', 'text', (c) => c.notNull().modifyFront(bytewise))
        .addColumn('account', 'text', (c) => c.notNull().modifyFront(bytewise))
        .addColumn('key', 'text', (c) => c.notNull().modifyFront(bytewise))
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['collection', 'account', 'key'])
        .execute();
      await db.schema.createIndex('records_by_key').on('records').columns(['collection', 'key']).execute();
      // Advanced after every committed write: what nodes poll in case a notification was lost. A sequence
      // rather than a row, because sequences never make concurrent transactions conflict or wait.
      await sql`create sequence store_generation`.execute(db);
    },
  },
  '0002-leases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (c) => c.primaryKey().modifyFront(bytewise))
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
};

export const postgresMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
