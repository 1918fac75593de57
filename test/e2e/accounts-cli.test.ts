// Accounts (issue 3): `ibiam accounts create ACCOUNT_ID --json --data DIR`, run as a separate process while
// a server runs on the same data directory, prints the new account's root credentials, and the running
// server accepts them at once; `ibiam accounts list` lists every account; creating an account twice fails
// with a clear message and a non-zero exit code. Each account is its own world: its root sees only its
// own IAM entities.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, GetUserCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { runIbiam } from './support/cli-process.js';
import { rejection } from './support/iam-helpers.js';

const NEW_ACCOUNT = '210987654321';

describe('ibiam accounts, run as a separate process on the store of a running server', () => {
  let server: TestServer;
  let created: Credentials | undefined;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  const credentials = (): Credentials => {
    assert.ok(created, 'the account was not created by the first test');
    return created;
  };

  it('`accounts create --json` prints AccountId, AccessKeyId and SecretAccessKey', async () => {
    const run = await runIbiam(['accounts', 'create', NEW_ACCOUNT, '--json', '--data', server.dataDir]);
    assert.equal(run.code, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as Record<string, string>;
    assert.deepEqual(Object.keys(printed), ['AccountId', 'AccessKeyId', 'SecretAccessKey']);
    assert.equal(printed['AccountId'], NEW_ACCOUNT);
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
    assert.match(printed['AccessKeyId'] ?? '', /^AKIA[A-Z2-7]{16}$/);
    assert.equal(printed['SecretAccessKey']?.length, 40);
    created = { accessKeyId: printed['AccessKeyId']!, secretAccessKey: printed['SecretAccessKey']! };
  });

  it('the running server accepts the new credentials at once', async () => {
    const identity = await server.sts(credentials()).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, NEW_ACCOUNT);
    assert.equal(identity.Arn, `arn:aws:iam::${NEW_ACCOUNT}:root`);
    assert.equal(identity.UserId, NEW_ACCOUNT);
  });

  it("the new account's root works in its own account only", async () => {
    const made = await server.iam(credentials()).send(new CreateUserCommand({ UserName: 'builder' }));
    assert.equal(made.User?.Arn, `arn:aws:iam::${NEW_ACCOUNT}:user/builder`);
    const elsewhere = await rejection(server.iam().send(new GetUserCommand({ UserName: 'builder' })));
    assert.equal(elsewhere.name, 'NoSuchEntityException');
    assert.equal(elsewhere.message, 'The user with name builder cannot be found.');
  });

  it('`accounts list` lists both accounts (and --json as an array)', async () => {
    const text = await runIbiam(['accounts', 'list', '--data', server.dataDir]);
    assert.equal(text.code, 0, text.stderr);
    assert.deepEqual(text.stdout.trim().split('\n').sort(), [ACCOUNT, NEW_ACCOUNT].sort());
    const json = await runIbiam(['accounts', 'list', '--json', '--data', server.dataDir]);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as string[]).sort(), [ACCOUNT, NEW_ACCOUNT].sort());
  });

  it('creating the same account twice fails clearly, exits non-zero, and keeps the first credentials', async () => {
    const again = await runIbiam(['accounts', 'create', NEW_ACCOUNT, '--json', '--data', server.dataDir]);
    assert.notEqual(again.code, 0);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, new RegExp(`Account ${NEW_ACCOUNT} already exists`));
    const identity = await server.sts(credentials()).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, NEW_ACCOUNT);
    const list = await runIbiam(['accounts', 'list', '--data', server.dataDir]);
    assert.equal(list.stdout.trim().split('\n').length, 2);
  });

  it('refuses an account id that is not 12 digits', async () => {
    const run = await runIbiam(['accounts', 'create', '12345', '--json', '--data', server.dataDir]);
    assert.notEqual(run.code, 0);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /12 digits/);
  });
});
