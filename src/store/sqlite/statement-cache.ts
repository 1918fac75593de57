/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than running the small queries
 * the store makes, so this wrapper hands the driver one cached prepared statement per SQL text
 * (better-sqlite3 statements are reusable). The store's queries are a handful of fixed shapes, so the
 * cache stays small; it is bounded anyway.
 */
import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

const MAX_STATEMENTS = 500;

export function withStatementCache(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => void database.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
