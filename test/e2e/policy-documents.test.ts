// IAM refuses policy documents with unknown condition operators ("MalformedPolicyDocument: Invalid
// Condition type : stringEquals", the message AWS gives for a wrongly cased operator), and reports dates in
// whole seconds as AWS does.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, ListUserPoliciesCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { startTestServer, type TestServer } from './harness.js';

describe('policy documents stored by IAM', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('refuses an unknown condition operator and stores nothing', async () => {
    await server.iam().send(new CreateUserCommand({ UserName: 'ops' }));
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: { stringEquals: { 'aws:username': 'ops' } },
        },
      ],
    });
    await assert.rejects(
      server
        .iam()
        .send(new PutUserPolicyCommand({ UserName: 'ops', PolicyName: 'p', PolicyDocument: document })),
      (error: Error) =>
        error.name === 'MalformedPolicyDocumentException' &&
        /Invalid Condition type : stringEquals/.test(error.message),
    );
    const listed = await server.iam().send(new ListUserPoliciesCommand({ UserName: 'ops' }));
    assert.deepEqual(listed.PolicyNames, []);
  });

  it('reports creation dates in whole seconds', async () => {
    const created = await server.iam().send(new CreateUserCommand({ UserName: 'dated' }));
    assert.equal(created.User?.CreateDate?.getMilliseconds(), 0);
  });
});
