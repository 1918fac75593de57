// The endpoint answers the AWS SDK: STS GetCallerIdentity and IAM CreateUser/GetUser as the default root.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, GetUserCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';

describe('endpoint smoke test', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('identifies the default root credentials', async () => {
    const identity = await server.sts().send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, ACCOUNT);
    assert.equal(identity.Arn, `arn:aws:iam::${ACCOUNT}:root`);
  });

  it('creates and reads a user', async () => {
    const created = await server.iam().send(new CreateUserCommand({ UserName: 'smoke', Path: '/team/' }));
    assert.equal(created.User?.Arn, `arn:aws:iam::${ACCOUNT}:user/team/smoke`);
    assert.match(created.User?.UserId ?? '', /^AIDA[A-Z2-7]{17}$/);
    const read = await server.iam().send(new GetUserCommand({ UserName: 'SMOKE' }));
    assert.equal(read.User?.UserName, 'smoke');
  });

  it('rejects a wrong secret with SignatureDoesNotMatch', async () => {
    const client = server.iam({ accessKeyId: 'test', secretAccessKey: 'wrong' });
    await assert.rejects(client.send(new GetUserCommand({})), { name: 'SignatureDoesNotMatch' });
  });

  it('rejects an unknown access key with InvalidClientTokenId', async () => {
    const client = server.iam({ accessKeyId: 'AKIANOTAREALKEY12345', secretAccessKey: 'x' });
    await assert.rejects(client.send(new GetUserCommand({})), { name: 'InvalidClientTokenId' });
  });
});
