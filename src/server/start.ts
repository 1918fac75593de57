/**
 * Starts ibiam: opens (and migrates) the store (the data directory's SQLite file, or the one `store`
 * names: several nodes may share one PostgreSQL store), creates the default account on an empty store,
 * and serves the endpoint. The decision log stays in the data directory, one per node. The returned
 * handle closes everything in order.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createAccount, DEFAULT_ACCOUNT_ID, listAccounts } from '../services/common/accounts.js';
import { Enforcer } from '../services/common/enforce/enforcer.js';
import { AwsManagedPolicies } from '../services/iam/aws-managed/catalog.js';
import { startImageBuilderJobs } from '../services/imagebuilder/jobs.js';
import { openStore, storeLocation } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { Logger } from './context.js';
import { FileDecisionLog } from './file-decision-log.js';
import { startHttpServer } from './http-server.js';
import { KeyCache } from './authenticate.js';

export interface StartOptions {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** Where the store is: `sqlite:PATH` or `postgres://...` (default: `ibiam.db` in the data directory). */
  readonly store?: string;
  /** The account and root credentials created on an empty store. */
  readonly defaultAccount: {
    readonly accountId: string;
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
  };
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** Milliseconds between two steps of a simulated Image Builder build (default 500: about 3 s per image). */
  readonly buildStepMs?: number;
  /** Milliseconds between two runs of an enabled lifecycle policy (default one day). */
  readonly lifecycleIntervalMs?: number;
}

export interface Ibiam {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

export const DEFAULT_ROOT = { accountId: DEFAULT_ACCOUNT_ID, accessKeyId: 'test', secretAccessKey: 'test' };

/** Opens the SQLite store of a data directory (creating the directory). */
export async function openDataStore(dataDir: string): Promise<Store> {
  return openStore(storeLocation(undefined, dataDir));
}

/** Creates the default account (and its root credentials) on an empty store. */
async function ensureDefaultAccount(
  store: Store,
  root: StartOptions['defaultAccount'],
  now: Date,
): Promise<void> {
  await store.write(async (tx) => {
    if ((await listAccounts(tx)).length > 0) return;
    await createAccount(tx, root.accountId, now, root);
  });
}

/**
 * Readies a store for several server processes: applies its migrations and creates the default account
 * once, before they start (so that they do not race to do it).
 */
export async function prepareStore(
  options: Pick<StartOptions, 'dataDir' | 'store' | 'defaultAccount'>,
): Promise<void> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = await openStore(storeLocation(options.store, options.dataDir));
  try {
    await ensureDefaultAccount(store, options.defaultAccount, new Date());
  } finally {
    await store.close();
  }
}

export async function startIbiam(options: StartOptions): Promise<Ibiam> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = await openStore(storeLocation(options.store, options.dataDir), {
    log: (event) => options.logger.error(event),
  });
  const clock = options.clock ?? (() => new Date());
  await ensureDefaultAccount(store, options.defaultAccount, clock());
  const decisionLogPath = join(options.dataDir, 'decisions.jsonl');
  const decisionLog = new FileDecisionLog(decisionLogPath);
  const enforcer = new Enforcer(store, new AwsManagedPolicies(), decisionLog);
  const http = await startHttpServer(
    { store, keys: new KeyCache(store), enforcer, logger: options.logger, clock, decisionLogPath },
    options.host,
    options.port,
  );
  const jobs = startImageBuilderJobs({
    store,
    enforcer,
    clock,
    log: (event) => options.logger.info(event),
    ...(options.buildStepMs !== undefined ? { buildStepMs: options.buildStepMs } : {}),
    ...(options.lifecycleIntervalMs !== undefined
      ? { lifecycleIntervalMs: options.lifecycleIntervalMs }
      : {}),
  });
  return {
    url: http.url,
    store,
    async close() {
      await http.close();
      await jobs.stop();
      await decisionLog.close();
      await store.close();
    },
  };
}
