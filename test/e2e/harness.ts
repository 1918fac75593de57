/**
 * Starts a real ibiam server for end-to-end tests (random port on 127.0.0.1, a temporary data directory)
 * and builds AWS SDK v3 clients against it, exactly as a user would with --endpoint-url.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { ImagebuilderClient } from '@aws-sdk/client-imagebuilder';
import { DEFAULT_ROOT, startIbiam, type Ibiam } from '../../src/server/start.js';
import { createAccount } from '../../src/services/common/accounts.js';

// The SDK warns that Node 20 support ends in 2027; tests do not need to hear it.
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

export interface TestServer {
  readonly ibiam: Ibiam;
  readonly url: string;
  readonly dataDir: string;
  iam(credentials?: Credentials): IAMClient;
  sts(credentials?: Credentials): STSClient;
  imagebuilder(credentials?: Credentials, region?: string): ImagebuilderClient;
  /** Creates another account in the same store and returns its root credentials. */
  createAccount(accountId: string): Promise<Credentials>;
  /** Stops the server and, unless `keepData`, deletes its data directory. */
  stop(keepData?: boolean): Promise<void>;
}

const clientConfig = (url: string, credentials: Credentials) => ({
  endpoint: url,
  region: 'us-east-1',
  credentials,
  maxAttempts: 1,
});

export interface TestServerOptions {
  /** Milliseconds between two steps of a simulated Image Builder build (the server's default otherwise). */
  readonly buildStepMs?: number;
}

export async function startTestServer(
  dataDir = mkdtempSync(join(tmpdir(), 'ibiam-e2e-')),
  options: TestServerOptions = {},
): Promise<TestServer> {
  const ibiam = await startIbiam({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    defaultAccount: DEFAULT_ROOT,
    ...(options.buildStepMs !== undefined ? { buildStepMs: options.buildStepMs } : {}),
    logger: { info: () => {}, error: (event) => process.stderr.write(JSON.stringify(event) + '\n') },
  });
  return {
    ibiam,
    url: ibiam.url,
    dataDir,
    iam: (credentials = ROOT) => new IAMClient(clientConfig(ibiam.url, credentials)),
    sts: (credentials = ROOT) => new STSClient(clientConfig(ibiam.url, credentials)),
    imagebuilder: (credentials = ROOT, region = 'us-east-1') =>
      new ImagebuilderClient({ ...clientConfig(ibiam.url, credentials), region }),
    async createAccount(accountId) {
      const created = await ibiam.store.write((tx) => createAccount(tx, accountId, new Date()));
      return { accessKeyId: created.AccessKeyId, secretAccessKey: created.SecretAccessKey };
    },
    async stop(keepData = false) {
      await ibiam.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
