/**
 * `ibiam serve [--host 127.0.0.1] [--port 4599] [--data DIR] [--store URL] [--workers N]`: the endpoint
 * for IAM, STS and Image Builder. The store is the data directory's SQLite file unless --store (or
 * IBIAM_STORE) names another: `sqlite:PATH`, or `postgres://...`, which several nodes can share. The
 * request log goes to standard output as JSON lines; SIGINT/SIGTERM shut it down gracefully.
 */
import type { Command } from 'commander';
import { DEFAULT_ROOT, prepareStore, startIbiam } from '../server/start.js';
import { describeLocation, StoreOpenError, storeLocation, StoreSpecError } from '../store/open-store.js';
import { CliError } from './io.js';
import type { Output } from './output.js';
import { isServeWorker, leaveCluster, runServeWorkers, workerNumber } from './serve-workers.js';

export const DEFAULT_DATA_DIR = process.env['IBIAM_DATA'] ?? './.ibiam';

/** The --store default: IBIAM_STORE, or none (the data directory's SQLite file). */
export const DEFAULT_STORE = process.env['IBIAM_STORE'];

/** Runs `fn`, turning a store that cannot be opened into a CLI error (exit code 1). */
export async function withStore<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof StoreOpenError) throw new CliError(error.message, 1);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new CliError(`cannot listen: ${(error as Error).message}`, 1);
    }
    throw error;
  }
}

/** The store location of a --store value, as a CLI error when it names no store. */
export function cliStoreLocation(store: string | undefined, dataDir: string) {
  try {
    return storeLocation(store, dataDir);
  } catch (error) {
    if (error instanceof StoreSpecError) throw new CliError(error.message);
    throw error;
  }
}

interface ServeOptions {
  host: string;
  port: string;
  data: string;
  store?: string;
  accountId: string;
  accessKeyId: string;
  secretAccessKey: string;
  buildStepMs: string;
  quiet?: boolean;
  workers: string;
}

export function registerServe(program: Command, out: Output): void {
  program
    .command('serve')
    .description(
      'serve IAM, STS and EC2 Image Builder on one AWS-compatible endpoint (use with --endpoint-url)',
    )
    .option('--host <host>', 'address to listen on', process.env['IBIAM_HOST'] ?? '127.0.0.1')
    .option('--port <port>', 'port to listen on', process.env['IBIAM_PORT'] ?? '4599')
    .option('--data <dir>', 'data directory (SQLite store, decision log)', DEFAULT_DATA_DIR)
    .option(
      '--store <url>',
      'the store: sqlite:PATH or postgres://USER@HOST:PORT/DB (default: ibiam.db in the data directory)',
      DEFAULT_STORE,
    )
    .option(
      '--account-id <id>',
      'account created on an empty store',
      process.env['IBIAM_ACCOUNT_ID'] ?? DEFAULT_ROOT.accountId,
    )
    .option(
      '--access-key-id <id>',
      "that account's root access key id",
      process.env['IBIAM_ROOT_ACCESS_KEY_ID'] ?? DEFAULT_ROOT.accessKeyId,
    )
    .option(
      '--secret-access-key <secret>',
      "that account's root secret",
      process.env['IBIAM_ROOT_SECRET_ACCESS_KEY'] ?? DEFAULT_ROOT.secretAccessKey,
    )
    .option(
      '--build-step-ms <ms>',
      'milliseconds per step of a simulated Image Builder build',
      process.env['IBIAM_BUILD_STEP_MS'] ?? '500',
    )
    .option(
      '--workers <n>',
      'server processes sharing the port and the store (one per core uses every core)',
      process.env['IBIAM_WORKERS'] ?? '1',
    )
    .option('--quiet', 'do not print the request log')
    .action(async (o: ServeOptions) => {
      const workers = Number(o.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64)
        throw new CliError(`--workers ${o.workers}: not a number of processes from 1 to 64`);
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new CliError(`--port ${o.port}: not a port number`);
      const buildStepMs = Number(o.buildStepMs);
      if (!Number.isInteger(buildStepMs) || buildStepMs < 1)
        throw new CliError(`--build-step-ms ${o.buildStepMs}: not a positive number of milliseconds`);
      const location = cliStoreLocation(o.store, o.data);
      const write = (event: Record<string, unknown>) => out.write(JSON.stringify(event) + '\n');
      const defaultAccount = {
        accountId: o.accountId,
        accessKeyId: o.accessKeyId,
        secretAccessKey: o.secretAccessKey,
      };
      if (workers > 1 && !isServeWorker()) {
        await withStore(() =>
          prepareStore({ dataDir: o.data, ...(o.store ? { store: o.store } : {}), defaultAccount }),
        );
        process.exitCode = await runServeWorkers(workers, (event) => out.error(JSON.stringify(event) + '\n'));
        write({ event: 'stopped' });
        return;
      }
      const ibiam = await withStore(() =>
        startIbiam({
          host: o.host,
          port,
          dataDir: o.data,
          ...(o.store ? { store: o.store } : {}),
          buildStepMs,
          defaultAccount,
          logger: {
            info: o.quiet ? () => {} : write,
            error: (event) => out.error(JSON.stringify(event) + '\n'),
          },
        }),
      );
      out.write(
        JSON.stringify({
          event: 'listening',
          url: ibiam.url,
          ...(workerNumber() !== undefined ? { worker: workerNumber() } : {}),
          data: o.data,
          store: describeLocation(location),
        }) + '\n',
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void ibiam.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      out.write(JSON.stringify({ event: 'stopped' }) + '\n');
      leaveCluster();
    });
}
