/**
 * Opens the store a `--store` value names: `sqlite:PATH` (the embedded store in one file),
 * `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE` or `postgresql://...` (the store several nodes
 * share), or, when there is none, the SQLite database `ibiam.db` in the data directory. Opening applies
 * pending migrations; `migrateStore` applies them alone (what `ibiam migrate` does).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PostgresStoreOptions } from './postgres/postgres-store.js';
import { migrateSqlite, SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export type StoreLocation =
  { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

/** A `--store` value that names no store ibiam can open. */
export class StoreSpecError extends Error {}

/** A store that could not be opened or migrated (server unreachable, no such database, refused login...). */
export class StoreOpenError extends Error {}

/** The reason of a driver error (a refused connection to `localhost` is an AggregateError without message). */
function reason(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(reason).join('; ');
  if (error instanceof Error)
    return error.message || String((error as { code?: unknown }).code ?? error.name);
  return String(error);
}

async function opening<T>(location: StoreLocation, what: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    throw new StoreOpenError(`cannot ${what} the store ${describeLocation(location)}: ${reason(error)}`, {
      cause: error,
    });
  }
}

/** Where the store is, from a `--store` value (or none: the data directory's SQLite file). */
export function storeLocation(spec: string | undefined, dataDir: string): StoreLocation {
  const value = spec?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: join(dataDir, 'ibiam.db') };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (/^sqlite:/i.test(value)) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new StoreSpecError(`--store ${value}: sqlite: needs a file path (sqlite:PATH)`);
    return { kind: 'sqlite', path };
  }
  throw new StoreSpecError(
    `--store ${value}: not a store (use sqlite:PATH or postgres://USER@HOST:PORT/DATABASE)`,
  );
}

/** The location for logs and messages, without the password. */
export function describeLocation(location: StoreLocation): string {
  if (location.kind === 'sqlite') return `sqlite:${location.path}`;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** Opens the store (creating the SQLite file's directory), after applying pending migrations. */
export async function openStore(location: StoreLocation, options: PostgresStoreOptions = {}): Promise<Store> {
  return opening(location, 'open', async () => {
    // The PostgreSQL driver is loaded only when it is used: it costs start-up time for SQLite users.
    if (location.kind === 'postgres')
      return (await import('./postgres/postgres-store.js')).PostgresStore.open(location.url, options);
    mkdirSync(dirname(location.path), { recursive: true });
    return SqliteStore.open(location.path);
  });
}

/** Applies the pending migrations; returns the names of those applied (none when up to date). */
export async function migrateStore(location: StoreLocation): Promise<string[]> {
  return opening(location, 'migrate', async () => {
    if (location.kind === 'postgres')
      return (await import('./postgres/postgres-store.js')).migratePostgres(location.url);
    mkdirSync(dirname(location.path), { recursive: true });
    return migrateSqlite(location.path);
  });
}
