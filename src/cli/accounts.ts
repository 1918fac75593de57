/**
 * `ibiam accounts create ACCOUNT_ID [--json] [--data DIR]` and `ibiam accounts list`: accounts in a store,
 * usable while a server runs on the same store (it accepts new credentials at once).
 */
import type { Command } from 'commander';
import { createAccount, listAccounts } from '../services/common/accounts.js';
import { ServiceError } from '../services/common/service-error.js';
import { openDataStore } from '../server/start.js';
import { CliError } from './io.js';
import type { Output } from './output.js';
import { DEFAULT_DATA_DIR } from './serve.js';

export function registerAccounts(program: Command, out: Output): void {
  const accounts = program.command('accounts').description('create and list accounts in a store');
  accounts
    .command('create')
    .description('create an account and print its root credentials as JSON')
    .argument('<account-id>', '12-digit account id')
    .option('--json', 'print JSON (the default)')
    .option('--data <dir>', 'data directory', DEFAULT_DATA_DIR)
    .action(async (accountId: string, o: { data: string }) => {
      const store = await openDataStore(o.data);
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
    .action(async (o: { data: string; json?: boolean }) => {
      const store = await openDataStore(o.data);
      try {
        const ids = await store.read((tx) => listAccounts(tx));
        out.write(o.json ? JSON.stringify(ids) + '\n' : ids.map((id) => id + '\n').join(''));
      } finally {
        await store.close();
      }
    });
}
