// Choosing the store from the command line: `ibiam migrate` applies each dialect's migrations once and
// says so, a --store value that names no store is a usage error, a store that cannot be reached is
// reported without its password, and `ibiam serve` runs on the PostgreSQL
// store IBIAM_STORE names (reporting it without its password), next to a node started with --store.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetUserCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../src/store/conformance/postgres-test-database.js';
import { runCli } from '../cli/run-cli.js';
import { REGION, ROOT, startNode } from './cluster.js';
import { startServeProcess } from './serve-process.js';

const MIGRATIONS = ['0001-records', '0002-leases'];

describe('ibiam migrate and --store on SQLite', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ibiam-migrate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the migrations of a new SQLite store once', async () => {
    const path = join(dir, 'nested', 'store.db');
    const first = await runCli('migrate', '--store', `sqlite:${path}`, '--json');
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), { store: `sqlite:${path}`, applied: MIGRATIONS });
    const again = await runCli('migrate', '--store', `sqlite:${path}`);
    assert.equal(again.stdout, `sqlite:${path}: up to date\n`);
  });

  it("migrates the data directory's store when there is no --store", async () => {
    const run = await runCli('migrate', '--data', dir, '--json');
    assert.deepEqual(JSON.parse(run.stdout), {
      store: `sqlite:${join(dir, 'ibiam.db')}`,
      applied: MIGRATIONS,
    });
  });

  it('reports a PostgreSQL store it cannot reach, without its password, with exit code 1', async () => {
    const run = await runCli('migrate', '--store', 'postgres://ibiam:secret@127.0.0.1:1/ibiam');
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /^ibiam: cannot migrate the store postgres:\/\/ibiam:\*\*\*@127\.0\.0\.1:1\/ibiam: .*ECONNREFUSED/,
    );
  });

  it('refuses a --store that names no store, with exit code 2', async () => {
    const run = await runCli('migrate', '--store', 'mysql://localhost/ibiam');
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /--store mysql:\/\/localhost\/ibiam: not a store \(use sqlite:PATH or postgres:/,
    );
    const empty = await runCli('serve', '--store', 'sqlite:');
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /sqlite: needs a file path/);
  });
});

describeWithPostgres('ibiam migrate and serve on PostgreSQL', (adminUrl) => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase(adminUrl);
  });
  after(() => database.drop());

  it('applies the migrations of a new PostgreSQL store once', async () => {
    const first = await runCli('migrate', '--store', database.url, '--json');
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout).applied, MIGRATIONS);
    const again = await runCli('migrate', '--store', database.url, '--json');
    assert.deepEqual(JSON.parse(again.stdout).applied, []);
  });

  it('serves from the store IBIAM_STORE names, shared with a node started with --store', async () => {
    const url = new URL(database.url);
    url.password = 'not-checked-by-trust-auth';
    const child = await startServeProcess(url.toString());
    const node = await startNode('in-process', database.url);
    try {
      const listening = child.events.find((e) => e['event'] === 'listening');
      assert.equal(listening?.['store'], url.toString().replace(':not-checked-by-trust-auth@', ':***@'));
      const viaChild = new IAMClient({
        endpoint: child.url,
        region: REGION,
        credentials: ROOT,
        maxAttempts: 1,
      });
      await viaChild.send(new CreateUserCommand({ UserName: 'made-by-the-child' }));
      const user = await node.iam().send(new GetUserCommand({ UserName: 'made-by-the-child' }));
      assert.equal(user.User?.UserName, 'made-by-the-child');
    } finally {
      await child.kill();
      await node.stop();
    }
  });
});
