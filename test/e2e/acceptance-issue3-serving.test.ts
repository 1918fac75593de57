// Acceptance checks for issue 3's "Serving" section, on the real `ibiam serve` process: the request log and
// the decision log never hold a secret (access key secrets, session secrets, session tokens), SIGTERM and
// SIGINT stop the server gracefully (a request in progress on a keep-alive connection is answered, then
// the process exits 0 at once), the health endpoint answers, and `ibiam decisions --follow --denied`
// prints a denial made after it started.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  AssumeRoleCommand,
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import { ACCOUNT, ROOT, type Credentials } from './harness.js';
import { IBIAM_BIN } from './support/cli-process.js';
import { allowPolicy, policyText, rejection } from './support/iam-helpers.js';

interface Served {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `ibiam serve --port 0 --data DIR [ARGS]` with its request log (standard output) kept. */
function serve(dataDir: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(
    process.execPath,
    [IBIAM_BIN, 'serve', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let stdout = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('ibiam serve did not start')), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /"event":"listening","url":"([^"]+)"/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, stdout: () => stdout, exit });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ibiam serve exited with ${code}`));
    });
  });
}

const clients = (url: string, credentials: Credentials) => {
  const config = { endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 };
  return { iam: new IAMClient(config), sts: new STSClient(config) };
};

describe('issue 3 acceptance: the serve process', () => {
  let dataDir: string;

  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ibiam-acceptance-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps secrets and session tokens out of the request log and the decision log', async () => {
    const served = await serve(dataDir);
    const secrets: string[] = [];
    try {
      const root = clients(served.url, ROOT);
      await root.iam.send(new CreateUserCommand({ UserName: 'logged' }));
      await root.iam.send(
        new PutUserPolicyCommand({
          UserName: 'logged',
          PolicyName: 'assume',
          PolicyDocument: allowPolicy(['sts:AssumeRole', 'iam:GetUser']),
        }),
      );
      await root.iam.send(
        new CreateRoleCommand({
          RoleName: 'logged-role',
          AssumeRolePolicyDocument: policyText({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                Action: 'sts:AssumeRole',
              },
            ],
          }),
        }),
      );
      const key = (await root.iam.send(new CreateAccessKeyCommand({ UserName: 'logged' }))).AccessKey!;
      secrets.push(key.SecretAccessKey!);
      const user = clients(served.url, {
        accessKeyId: key.AccessKeyId!,
        secretAccessKey: key.SecretAccessKey!,
      });
      const assumed = await user.sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/logged-role`,
          RoleSessionName: 'log',
        }),
      );
      const token = await user.sts.send(new GetSessionTokenCommand({}));
      for (const c of [assumed.Credentials!, token.Credentials!]) {
        secrets.push(c.SecretAccessKey!, c.SessionToken!);
        const session = clients(served.url, {
          accessKeyId: c.AccessKeyId!,
          secretAccessKey: c.SecretAccessKey!,
          sessionToken: c.SessionToken!,
        });
        await session.sts.send(new GetCallerIdentityCommand({}));
        // A denied call too: denials are logged with more detail.
        await rejection(session.iam.send(new CreateUserCommand({ UserName: 'nope' })));
      }
    } finally {
      served.child.kill('SIGTERM');
      await served.exit;
    }
    const requestLog = served.stdout();
    const decisionLog = readFileSync(join(dataDir, 'decisions.jsonl'), 'utf8');
    assert.match(requestLog, /"action":"AssumeRole"/);
    assert.match(decisionLog, /"action":"sts:AssumeRole"/);
    assert.match(decisionLog, /"decision":"ImplicitDeny"/);
    for (const secret of secrets) {
      assert.ok(!requestLog.includes(secret), 'the request log holds a secret');
      assert.ok(!decisionLog.includes(secret), 'the decision log holds a secret');
    }
    assert.doesNotMatch(
      requestLog + decisionLog,
      /"(secretAccessKey|sessionToken|secret)"|X-Amz-Security-Token|IQoJb3JpZ2lu/i,
    );
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}, answers the request in progress on a keep-alive connection, then exits 0 promptly`, async () => {
      const served = await serve(dataDir);
      const url = new URL(served.url);
      const health = await fetch(`${served.url}/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });

      const body = 'Action=GetCallerIdentity&Version=2011-06-15';
      const agent = new Agent({ keepAlive: true });
      const answered = new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: url.hostname,
            port: url.port,
            method: 'POST',
            path: '/',
            agent,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': String(body.length),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        // Half the body now, the rest after the signal: the request is in progress when it arrives.
        req.write(body.slice(0, 20));
        setTimeout(() => {
          served.child.kill(signal);
          setTimeout(() => req.end(body.slice(20)), 300);
        }, 100);
      });
      const started = Date.now();
      // Unsigned: MissingAuthenticationToken, but answered all the same.
      assert.equal(await answered, 403);
      const exit = await served.exit;
      agent.destroy();
      assert.deepEqual(exit, { code: 0, signal: null });
      assert.ok(Date.now() - started < 5_000, `exited ${Date.now() - started} ms after the signal`);
      assert.match(served.stdout(), /"event":"stopped"/);
    });
  }

  it('`ibiam decisions --follow --denied` prints denials made after it started, and no allows', async () => {
    const served = await serve(dataDir);
    const follower = spawn(
      process.execPath,
      [IBIAM_BIN, 'decisions', '--follow', '--denied', '--data', dataDir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let printed = '';
    follower.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const followerExit = new Promise<number | null>((resolve) =>
      follower.once('exit', (code) => resolve(code)),
    );
    try {
      const before = printed.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const root = clients(served.url, ROOT);
      await root.iam.send(new CreateUserCommand({ UserName: 'followed' }));
      const key = (await root.iam.send(new CreateAccessKeyCommand({ UserName: 'followed' }))).AccessKey!;
      const user = clients(served.url, {
        accessKeyId: key.AccessKeyId!,
        secretAccessKey: key.SecretAccessKey!,
      });
      await user.sts.send(new GetCallerIdentityCommand({}));
      await rejection(
        user.iam.send(new CreateRoleCommand({ RoleName: 'followed-role', AssumeRolePolicyDocument: '{}' })),
      );
      const deadline = Date.now() + 5_000;
      while (!printed.slice(before).includes('iam:CreateRole') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const fresh = printed.slice(before);
      assert.match(
        fresh,
        new RegExp(
          `ImplicitDeny .*arn:aws:iam::${ACCOUNT}:user/followed iam:CreateRole arn:aws:iam::${ACCOUNT}:role/followed-role`,
        ),
      );
      assert.doesNotMatch(printed, / Allow /);
    } finally {
      follower.kill('SIGINT');
      served.child.kill('SIGTERM');
      await served.exit;
    }
    assert.equal(await followerExit, 0);
  });

  describe('the account created on an empty store', () => {
    const fresh: string[] = [];
    after(() => fresh.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const emptyDir = () => {
      const dir = mkdtempSync(join(tmpdir(), 'ibiam-acceptance-empty-'));
      fresh.push(dir);
      return dir;
    };

    const identity = async (url: string, credentials: Credentials) =>
      clients(url, credentials).sts.send(new GetCallerIdentityCommand({}));

    it('is 123456789012 with root key test/test by default', async () => {
      const served = await serve(emptyDir());
      try {
        const me = await identity(served.url, { accessKeyId: 'test', secretAccessKey: 'test' });
        assert.equal(me.Account, '123456789012');
        assert.equal(me.Arn, 'arn:aws:iam::123456789012:root');
      } finally {
        served.child.kill('SIGTERM');
        await served.exit;
      }
    });

    it('is chosen with --account-id, --access-key-id and --secret-access-key', async () => {
      const served = await serve(emptyDir(), [
        '--account-id',
        '111122223333',
        '--access-key-id',
        'AKIAFLAGROOT',
        '--secret-access-key',
        'flag-secret',
      ]);
      try {
        const me = await identity(served.url, {
          accessKeyId: 'AKIAFLAGROOT',
          secretAccessKey: 'flag-secret',
        });
        assert.equal(me.Arn, 'arn:aws:iam::111122223333:root');
        const old = await rejection(identity(served.url, { accessKeyId: 'test', secretAccessKey: 'test' }));
        assert.equal(old.name, 'InvalidClientTokenId');
      } finally {
        served.child.kill('SIGTERM');
        await served.exit;
      }
    });

    it('is chosen with IBIAM_ACCOUNT_ID, IBIAM_ROOT_ACCESS_KEY_ID and IBIAM_ROOT_SECRET_ACCESS_KEY', async () => {
      const served = await serve(emptyDir(), [], {
        IBIAM_ACCOUNT_ID: '444455556666',
        IBIAM_ROOT_ACCESS_KEY_ID: 'AKIAENVROOT',
        IBIAM_ROOT_SECRET_ACCESS_KEY: 'env-secret',
      });
      try {
        const me = await identity(served.url, { accessKeyId: 'AKIAENVROOT', secretAccessKey: 'env-secret' });
        assert.equal(me.Arn, 'arn:aws:iam::444455556666:root');
      } finally {
        served.child.kill('SIGTERM');
        await served.exit;
      }
    });
  });
});
