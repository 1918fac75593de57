// `ibiam serve --workers N`: several server processes on one port and one store, each request answered
// by whichever worker the connection went to, every write visible to all; SIGTERM stops them all.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateUserCommand, GetUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { ROOT } from './harness.js';
import { IBIAM_BIN, runIbiam } from './support/cli-process.js';

describe('ibiam serve --workers', () => {
  it('serves one port from two processes sharing the store, and stops them all on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-workers-'));
    const child = spawn(
      process.execPath,
      [IBIAM_BIN, 'serve', '--port', '0', '--quiet', '--workers', '2', '--data', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const urls = await new Promise<string[]>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no two workers listening: ${stdout}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          const found = [...stdout.matchAll(/"event":"listening","url":"([^"]+)","worker":(\d)/g)];
          if (found.length === 2) {
            clearTimeout(timer);
            resolve(found.map((m) => m[1]!));
          }
        });
      });
      const [url, other] = urls as [string, string];
      assert.equal(url, other, 'both workers listen on the same port');
      const client = () => new IAMClient({ endpoint: url, region: 'us-east-1', credentials: ROOT });
      await client().send(new CreateUserCommand({ UserName: 'shared-alice' }));
      // Every new client opens a new connection, handed to the workers in turn.
      for (let i = 0; i < 4; i++) {
        const got = await client().send(new GetUserCommand({ UserName: 'shared-alice' }));
        assert.equal(got.User?.UserName, 'shared-alice');
      }
      child.kill('SIGTERM');
      assert.equal(await exit, 0);
      assert.match(stdout, /"event":"stopped"/);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a number of workers that is not 1 to 64', async () => {
    const run = await runIbiam([
      'serve',
      '--workers',
      '0',
      '--data',
      mkdtempSync(join(tmpdir(), 'ibiam-w0-')),
    ]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /--workers 0: not a number of processes from 1 to 64/);
  });
});
