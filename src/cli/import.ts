/**
 * `ibiam import FILE... [--data DIR]`: loads account snapshots (`aws iam get-account-authorization-details`
 * output; ACCOUNT_ID=FILE names the account of a file without ARNs) into the local store as accounts, so
 * that ibiam serves a copy of real accounts. Prints, per account, what was imported and, for an account
 * the import created, its root credentials. Exit code 2 on unreadable input (nothing is written then).
 */
import type { Command } from 'commander';
import { importAccount, type ImportResult } from '../doctor/import/import-snapshot.js';
import { SnapshotError } from '../doctor/snapshot/input-error.js';
import { loadInputs } from '../doctor/snapshot/load.js';
import { openDataStore } from '../server/start.js';
import { ServiceError } from '../services/common/service-error.js';
import { CliError } from './io.js';
import type { Output } from './output.js';
import { DEFAULT_DATA_DIR } from './serve.js';

function line(r: ImportResult): string {
  const counts = `${r.users} users, ${r.groups} groups, ${r.roles} roles, ${r.policies} customer managed policies, ${r.instanceProfiles} instance profiles`;
  return `imported account ${r.accountId}${r.created ? ' (created)' : ''}: ${counts}\n`;
}

export function registerImport(program: Command, out: Output): void {
  program
    .command('import')
    .description(
      'load account snapshots (aws iam get-account-authorization-details output) into the local store',
    )
    .argument('<files...>', 'snapshot files (ACCOUNT_ID=FILE names the account)')
    .option('--data <dir>', 'data directory', DEFAULT_DATA_DIR)
    .option('--json', 'print the results as JSON (with the root credentials of created accounts)')
    .action(async (files: string[], o: { data: string; json?: boolean }) => {
      let accounts;
      try {
        accounts = loadInputs(files, []).accounts;
      } catch (error) {
        if (error instanceof SnapshotError) throw new CliError(error.message);
        throw error;
      }
      const store = await openDataStore(o.data);
      try {
        const results = await store.write(async (tx) => {
          const done: ImportResult[] = [];
          for (const snapshot of accounts) done.push(await importAccount(tx, snapshot, new Date()));
          return done;
        });
        if (o.json) out.write(JSON.stringify(results, null, 2) + '\n');
        else
          for (const r of results) {
            out.write(line(r));
            if (r.created) out.write(`  root credentials: ${JSON.stringify(r.created)}\n`);
          }
      } catch (error) {
        if (error instanceof ServiceError) throw new CliError(error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
}
