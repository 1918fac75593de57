/**
 * Schema migrations for the SQLite store, applied in order by Kysely's Migrator. Never edit a migration
 * that has shipped: add a new one.
 */
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001-records': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('records')
        .addColumn('collection', 'text', (c) => c.notNull())
        .addColumn('account', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['collection', 'account', 'key'])
        .execute();
      await db.schema.createIndex('records_by_key').on('records').columns(['collection', 'key']).execute();
    },
  },
  '0002-leases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'integer', (c) => c.notNull())
        .execute();
    },
  },
};

export const sqliteMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
