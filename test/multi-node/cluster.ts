/**
 * Several ibiam nodes on one PostgreSQL store, as a deployment behind a load balancer runs them: each
 * node is a real server (startIbiam on a random port, a data directory of its own for the decision log)
 * on a fresh database, and tests talk to each node with the AWS SDK v3 clients. Nodes start at the same
 * time, so that migrating the schema and creating the default account race as they do in production.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IAMClient } from '@aws-sdk/client-iam';
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder';
import { STSClient } from '@aws-sdk/client-sts';
import { DEFAULT_ROOT, startIbiam, type Ibiam } from '../../src/server/start.js';
import { createTestDatabase, type TestDatabase } from '../../src/store/conformance/postgres-test-database.js';

process.env['AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING'] = '1';
process.env['AWS_EC2_METADATA_DISABLED'] = 'true';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export const ROOT: Credentials = {
  accessKeyId: DEFAULT_ROOT.accessKeyId,
  secretAccessKey: DEFAULT_ROOT.secretAccessKey,
};
export const ACCOUNT = DEFAULT_ROOT.accountId;
export const REGION = 'us-east-1';

export interface Node {
  readonly name: string;
  readonly ibiam: Ibiam;
  readonly url: string;
  readonly dataDir: string;
  /** What the node logged (request log and background jobs), in order, each with `at` (epoch ms) added. */
  readonly events: Record<string, unknown>[];
  iam(credentials?: Credentials): IAMClient;
  sts(credentials?: Credentials): STSClient;
  imagebuilder(credentials?: Credentials): ImagebuilderClient;
  stop(): Promise<void>;
}

export interface Cluster {
  readonly database: TestDatabase;
  readonly nodes: readonly Node[];
  /** Starts one more node on the same database. */
  addNode(): Promise<Node>;
  /** Stops every node still running and drops the database. */
  stop(): Promise<void>;
}

const config = (url: string, credentials: Credentials) => ({
  endpoint: url,
  region: REGION,
  credentials,
  maxAttempts: 1,
});

export interface NodeOptions {
  readonly buildStepMs?: number;
  readonly lifecycleIntervalMs?: number;
}

/** Starts a node on the store at `storeUrl`. */
export async function startNode(name: string, storeUrl: string, options: NodeOptions = {}): Promise<Node> {
  const dataDir = mkdtempSync(join(tmpdir(), `ibiam-${name}-`));
  const events: Record<string, unknown>[] = [];
  const ibiam = await startIbiam({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    store: storeUrl,
    defaultAccount: DEFAULT_ROOT,
    ...options,
    logger: {
      info: (event) => events.push({ ...event, at: Date.now() }),
      error: (event) => {
        events.push(event);
        process.stderr.write(`${name}: ${JSON.stringify(event)}\n`);
      },
    },
  });
  let stopped = false;
  return {
    name,
    ibiam,
    url: ibiam.url,
    dataDir,
    events,
    iam: (credentials = ROOT) => new IAMClient(config(ibiam.url, credentials)),
    sts: (credentials = ROOT) => new STSClient(config(ibiam.url, credentials)),
    imagebuilder: (credentials = ROOT) => new ImagebuilderClient(config(ibiam.url, credentials)),
    async stop() {
      if (stopped) return;
      stopped = true;
      await ibiam.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a database and starts `count` nodes on it at the same time. */
export async function startCluster(adminUrl: string, count = 2, options: NodeOptions = {}): Promise<Cluster> {
  const database = await createTestDatabase(adminUrl, 'ibiam_nodes');
  const nodes = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      startNode(`node-${String.fromCharCode(97 + i)}`, database.url, options),
    ),
  );
  return {
    database,
    nodes,
    async addNode() {
      const node = await startNode(`node-${String.fromCharCode(97 + nodes.length)}`, database.url, options);
      nodes.push(node);
      return node;
    },
    async stop() {
      await Promise.all(nodes.map((node) => node.stop()));
      await database.drop();
    },
  };
}

/** Runs all the calls at once and sorts the outcomes: results of the successes, error names of the rest. */
export async function race<T>(
  calls: readonly (() => Promise<T>)[],
): Promise<{ ok: T[]; errors: string[]; messages: string[] }> {
  const settled = await Promise.allSettled(calls.map((call) => call()));
  const ok: T[] = [];
  const errors: string[] = [];
  const messages: string[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') ok.push(outcome.value);
    else {
      const error = outcome.reason as { name?: string; message?: string };
      errors.push(error.name ?? 'Error');
      messages.push(error.message ?? '');
    }
  }
  return { ok, errors, messages };
}

/** Polls `check` every 10 ms until it holds; returns the milliseconds it took, or fails after `timeoutMs`. */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`condition not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
