/**
 * `ibiam migrate [--store URL] [--data DIR] [--json]`: applies the store's pending schema migrations
 * (SQLite or PostgreSQL) and says which ran. `ibiam serve` also migrates when it opens the store; run
 * this first when several nodes share a PostgreSQL store, or when the nodes' database user may not
 * change the schema.
 */
import type { Command } from 'commander';
import { describeLocation, migrateStore } from '../store/open-store.js';
import type { Output } from './output.js';
import { cliStoreLocation, DEFAULT_DATA_DIR, DEFAULT_STORE, withStore } from './serve.js';

export function registerMigrate(program: Command, out: Output): void {
  program
    .command('migrate')
    .description("apply the store's pending schema migrations")
    .option('--store <url>', 'the store: sqlite:PATH or postgres://USER@HOST:PORT/DB', DEFAULT_STORE)
    .option('--data <dir>', 'data directory (its SQLite store when there is no --store)', DEFAULT_DATA_DIR)
    .option('--json', 'print {"store", "applied"} as JSON')
    .action(async (o: { store?: string; data: string; json?: boolean }) => {
      const location = cliStoreLocation(o.store, o.data);
      const applied = await withStore(() => migrateStore(location));
      const store = describeLocation(location);
      if (o.json) out.write(JSON.stringify({ store, applied }) + '\n');
      else if (applied.length === 0) out.write(`${store}: up to date\n`);
      else out.write(`${store}: applied ${applied.join(', ')}\n`);
    });
}
