/**
 * `ibiam accounts create ACCOUNT_ID [--json] [--data DIR]` and `ibiam accounts list`: accounts in a store,
 * usable while a server runs on the same store (it accepts new credentials at once).
 */
import type { Command } from 'commander';
import { createAccount, listAccounts } from '../services/common/accounts.js';
import { ServiceError } from '../services/common/service-error.js';
import { openStore } from '../store/open-store.js';
import { CliError } from './io.js';
import type { Output } from './output.js';
import { cliStoreLocation, DEFAULT_DATA_DIR, withStore } from './serve.js';

export function registerAccounts(program: Command, out: Output): void {
  const accounts = program.command('accounts').description('create and list accounts in a store');
  accounts
    .command('create')
    .description('create an account and print its root credentials as JSON')
    .argument('<account-id>', '12-digit account id')
    .option('--json', 'print JSON (the default)')
    .option('--data <dir>', 'data directory', DEFAULT_DATA_DIR)
    .option(
      '--store <url>',
      'the store: sqlite:PATH or postgres://... (default: the data directory)',
      process.env['IBIAM_STORE'],
    )
    .action(async (accountId: string, o: { data: string; store?: string }) => {
      const store = await withStore(() => openStore(cliStoreLocation(o.store, o.data)));
      try {
        const credentials = await store.write((tx) => createAccount(tx, accountId, new Date()));
        out.write(JSON.stringify(credentials) + '\n');
      } catch (error) {
        if (error instanceof ServiceError) throw new CliError(error.message);
        throw error;
      } finally {
        await store.close();
      }
    });
  accounts
    .command('list')
    .description('list the accounts of a store')
    .option('--json', 'print a JSON array')
    .option('--data <dir>', 'data directory', DEFAULT_DATA_DIR)
    .option(
      '--store <url>',
      'the store: sqlite:PATH or postgres://... (default: the data directory)',
      process.env['IBIAM_STORE'],
    )
    .action(async (o: { data: string; store?: string; json?: boolean }) => {
      const store = await withStore(() => openStore(cliStoreLocation(o.store, o.data)));
      try {
        const ids = await store.read((tx) => listAccounts(tx));
        out.write(o.json ? JSON.stringify(ids) + '\n' : ids.map((id) => id + '\n').join(''));
      } finally {
        await store.close();
      }
    });
}
