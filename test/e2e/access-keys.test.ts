// IAM access keys end to end with the AWS SDK: create (for a user, for oneself, for the root user), the
// 2-key quota, list (never the secret), deactivate (the endpoint then refuses the key), delete, and the
// last-use record the server keeps. Expected messages are AWS's (IAM API reference and real AWS
// transcripts cited beside each).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  GetAccessKeyLastUsedCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';

const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

const credentialsOf = (
  key: { AccessKeyId?: string | undefined; SecretAccessKey?: string | undefined } | undefined,
): Credentials => ({
  accessKeyId: key!.AccessKeyId!,
  secretAccessKey: key!.SecretAccessKey!,
});

/** InvalidClientTokenId, as AWS answers a request signed with an unknown or inactive key. */
const INVALID_TOKEN = {
  name: 'InvalidClientTokenId',
  message: 'The security token included in the request is invalid.',
};

describe('IAM access keys', () => {
  let server: TestServer;
  let iam: IAMClient;

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  describe('CreateAccessKey and ListAccessKeys', () => {
    let first: Credentials;

    it('creates an AKIA key with its secret for a named user', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'keyed' }));
      const created = (await iam.send(new CreateAccessKeyCommand({ UserName: 'KEYED' }))).AccessKey!;
      assert.equal(created.UserName, 'keyed');
      assert.match(created.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
      assert.equal(created.Status, 'Active');
      assert.equal(created.SecretAccessKey?.length, 40);
      assert.ok(created.CreateDate instanceof Date);
      first = credentialsOf(created);
      const identity = await server.sts(first).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, userArn('keyed'));
    });

    it('lists key metadata without the secret', async () => {
      const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'keyed' }));
      assert.equal(listed.IsTruncated, false);
      assert.equal(listed.AccessKeyMetadata?.length, 1);
      const metadata = listed.AccessKeyMetadata![0]!;
      assert.equal(metadata.UserName, 'keyed');
      assert.equal(metadata.AccessKeyId, first.accessKeyId);
      assert.equal(metadata.Status, 'Active');
      assert.ok(metadata.CreateDate instanceof Date);
      assert.equal('SecretAccessKey' in metadata, false);
    });

    it('allows two keys per user, inactive ones included', async () => {
      // bartekj/aws-tools#29: "LimitExceeded ... Cannot exceed quota for AccessKeysPerUser: 2"
      const second = (await iam.send(new CreateAccessKeyCommand({ UserName: 'keyed' }))).AccessKey!;
      await iam.send(
        new UpdateAccessKeyCommand({
          UserName: 'keyed',
          AccessKeyId: second.AccessKeyId!,
          Status: 'Inactive',
        }),
      );
      await assert.rejects(iam.send(new CreateAccessKeyCommand({ UserName: 'keyed' })), {
        name: 'LimitExceededException',
        message: 'Cannot exceed quota for AccessKeysPerUser: 2',
      });
      const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'keyed' }));
      assert.deepEqual(
        listed.AccessKeyMetadata?.map((k) => [k.AccessKeyId, k.Status]),
        [
          [first.accessKeyId, 'Active'],
          [second.AccessKeyId, 'Inactive'],
        ],
      );
      const page = await iam.send(new ListAccessKeysCommand({ UserName: 'keyed', MaxItems: 1 }));
      assert.equal(page.AccessKeyMetadata?.length, 1);
      assert.equal(page.IsTruncated, true);
      await iam.send(new DeleteAccessKeyCommand({ UserName: 'keyed', AccessKeyId: second.AccessKeyId! }));
    });

    it('answers NoSuchEntity for a missing user', async () => {
      await assert.rejects(iam.send(new CreateAccessKeyCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
      await assert.rejects(iam.send(new ListAccessKeysCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
    });

    it("manages the caller's own keys without UserName", async () => {
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'keyed',
          PolicyName: 'own-keys',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: [
                  'iam:CreateAccessKey',
                  'iam:ListAccessKeys',
                  'iam:DeleteAccessKey',
                  'iam:UpdateAccessKey',
                ],
                Resource: 'arn:aws:iam::*:user/${aws:username}',
              },
            ],
          }),
        }),
      );
      const self = server.iam(first);
      const own = (await self.send(new CreateAccessKeyCommand({}))).AccessKey!;
      assert.equal(own.UserName, 'keyed');
      const listed = await self.send(new ListAccessKeysCommand({}));
      assert.deepEqual(
        listed.AccessKeyMetadata?.map((k) => k.AccessKeyId),
        [first.accessKeyId, own.AccessKeyId],
      );
      await self.send(new DeleteAccessKeyCommand({ AccessKeyId: own.AccessKeyId! }));
      // Someone else's keys are another resource.
      await iam.send(new CreateUserCommand({ UserName: 'other' }));
      await assert.rejects(self.send(new CreateAccessKeyCommand({ UserName: 'other' })), {
        name: 'AccessDenied',
        message:
          `User: ${userArn('keyed')} is not authorized to perform: iam:CreateAccessKey on resource: ` +
          `${userArn('other')} because no identity-based policy allows the iam:CreateAccessKey action`,
      });
    });

    it("manages the root user's keys when the root user calls without UserName", async () => {
      const rootOfOther = await server.createAccount('210987654321');
      const root = server.iam(rootOfOther);
      const created = (await root.send(new CreateAccessKeyCommand({}))).AccessKey!;
      assert.match(created.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
      const identity = await server.sts(credentialsOf(created)).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, 'arn:aws:iam::210987654321:root');
      const listed = await root.send(new ListAccessKeysCommand({}));
      assert.deepEqual(
        listed.AccessKeyMetadata?.map((k) => k.AccessKeyId),
        [rootOfOther.accessKeyId, created.AccessKeyId],
      );
      await assert.rejects(root.send(new CreateAccessKeyCommand({})), {
        name: 'LimitExceededException',
        message: 'Cannot exceed quota for AccessKeysPerUser: 2',
      });
      await root.send(new DeleteAccessKeyCommand({ AccessKeyId: created.AccessKeyId! }));
      await assert.rejects(
        server.sts(credentialsOf(created)).send(new GetCallerIdentityCommand({})),
        INVALID_TOKEN,
      );
    });

    it('requires UserName with temporary credentials (a role session)', async () => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'key-auditor',
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: userArn('keyed') },
                Action: 'sts:AssumeRole',
              },
            ],
          }),
        }),
      );
      // The trust policy names the user, which is enough in its own account (root cannot assume roles).
      const assumed = await server.sts(first).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/key-auditor`,
          RoleSessionName: 'audit',
        }),
      );
      const session = server.iam({
        accessKeyId: assumed.Credentials!.AccessKeyId!,
        secretAccessKey: assumed.Credentials!.SecretAccessKey!,
        sessionToken: assumed.Credentials!.SessionToken!,
      });
      await assert.rejects(session.send(new ListAccessKeysCommand({})), {
        name: 'ValidationError',
        message: 'Must specify userName when calling with non-User credentials',
      });
      await assert.rejects(session.send(new CreateAccessKeyCommand({})), { name: 'ValidationError' });
    });
  });

  describe('UpdateAccessKey', () => {
    let key: Credentials;

    before(async () => {
      await iam.send(new CreateUserCommand({ UserName: 'toggler' }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'toggler',
          PolicyName: 'read-self',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: userArn('toggler') }],
          }),
        }),
      );
      key = credentialsOf((await iam.send(new CreateAccessKeyCommand({ UserName: 'toggler' }))).AccessKey);
    });

    it('an inactive key is refused by the endpoint until it is active again', async () => {
      const client = server.iam(key);
      assert.equal((await client.send(new GetUserCommand({}))).User?.UserName, 'toggler');
      await iam.send(
        new UpdateAccessKeyCommand({ UserName: 'toggler', AccessKeyId: key.accessKeyId, Status: 'Inactive' }),
      );
      await assert.rejects(client.send(new GetUserCommand({})), INVALID_TOKEN);
      await assert.rejects(server.sts(key).send(new GetCallerIdentityCommand({})), INVALID_TOKEN);
      const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'toggler' }));
      assert.equal(listed.AccessKeyMetadata?.[0]?.Status, 'Inactive');
      await iam.send(
        new UpdateAccessKeyCommand({ UserName: 'toggler', AccessKeyId: key.accessKeyId, Status: 'Active' }),
      );
      assert.equal((await client.send(new GetUserCommand({}))).User?.UserName, 'toggler');
    });

    it('validates the status', async () => {
      await assert.rejects(
        iam.send(
          new UpdateAccessKeyCommand({
            UserName: 'toggler',
            AccessKeyId: key.accessKeyId,
            Status: 'Paused' as 'Active',
          }),
        ),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value 'Paused' at 'status' failed to satisfy constraint: " +
            'Member must satisfy enum value set: [Active, Inactive, Expired]',
        },
      );
    });

    it('answers NoSuchEntity for a key the user does not own', async () => {
      // paws.common docs quote AWS: "NoSuchEntity (HTTP 404). The Access Key with id xx cannot be found"
      await assert.rejects(
        iam.send(
          new UpdateAccessKeyCommand({ UserName: 'other', AccessKeyId: key.accessKeyId, Status: 'Inactive' }),
        ),
        {
          name: 'NoSuchEntityException',
          message: `The Access Key with id ${key.accessKeyId} cannot be found.`,
        },
      );
      await assert.rejects(
        iam.send(new DeleteAccessKeyCommand({ UserName: 'other', AccessKeyId: key.accessKeyId })),
        {
          name: 'NoSuchEntityException',
          message: `The Access Key with id ${key.accessKeyId} cannot be found.`,
        },
      );
      await assert.rejects(
        iam.send(new DeleteAccessKeyCommand({ UserName: 'toggler', AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })),
        {
          name: 'NoSuchEntityException',
          message: 'The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.',
        },
      );
    });
  });

  describe('DeleteAccessKey', () => {
    it('deletes a key; requests signed with it are refused', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'deleter' }));
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'deleter' }))).AccessKey!;
      await iam.send(new DeleteAccessKeyCommand({ UserName: 'deleter', AccessKeyId: key.AccessKeyId! }));
      assert.deepEqual(
        (await iam.send(new ListAccessKeysCommand({ UserName: 'deleter' }))).AccessKeyMetadata,
        [],
      );
      await assert.rejects(
        server.sts(credentialsOf(key)).send(new GetCallerIdentityCommand({})),
        INVALID_TOKEN,
      );
    });
  });

  describe('GetAccessKeyLastUsed', () => {
    let key: Credentials;

    before(async () => {
      await iam.send(new CreateUserCommand({ UserName: 'tracked' }));
      key = credentialsOf((await iam.send(new CreateAccessKeyCommand({ UserName: 'tracked' }))).AccessKey);
    });

    it('reports N/A for a key never used', async () => {
      const result = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId }));
      assert.equal(result.UserName, 'tracked');
      assert.deepEqual(result.AccessKeyLastUsed, { ServiceName: 'N/A', Region: 'N/A' });
    });

    it('records the first use (date, service, Region), even of a denied request, at most once a minute', async () => {
      const started = Date.now();
      await assert.rejects(server.iam(key).send(new ListUsersCommand({})), { name: 'AccessDenied' });
      const used = (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId })))
        .AccessKeyLastUsed!;
      assert.equal(used.ServiceName, 'iam');
      assert.equal(used.Region, 'us-east-1');
      const at = used.LastUsedDate!.getTime();
      assert.ok(at >= started - 1000 && at <= Date.now() + 1000);
      // A use of another service within the minute is not written again.
      await server.sts(key).send(new GetCallerIdentityCommand({}));
      const again = (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId })))
        .AccessKeyLastUsed!;
      assert.equal(again.ServiceName, 'iam');
      assert.equal(again.LastUsedDate?.getTime(), at);
    });

    it('refuses a key the account does not hold', async () => {
      await assert.rejects(
        iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: 'AKIAAAAAAAAAAAAAAAAA' })),
        {
          name: 'AccessDenied',
        },
      );
      const other = server.iam(await server.createAccount('109876543210'));
      await assert.rejects(other.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId })), {
        name: 'AccessDenied',
      });
    });

    it('is authorized on the user that owns the key', async () => {
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'tracked',
          PolicyName: 'own-key-usage',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'iam:GetAccessKeyLastUsed', Resource: userArn('tracked') },
            ],
          }),
        }),
      );
      const client = server.iam(key);
      assert.equal(
        (await client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId }))).UserName,
        'tracked',
      );
      const rootKey = (await iam.send(new CreateAccessKeyCommand({}))).AccessKey!.AccessKeyId!;
      await assert.rejects(client.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: rootKey })), {
        name: 'AccessDenied',
        message:
          `User: ${userArn('tracked')} is not authorized to perform: iam:GetAccessKeyLastUsed on resource: ` +
          `arn:aws:iam::${ACCOUNT}:root because no identity-based policy allows the iam:GetAccessKeyLastUsed action`,
      });
      const mine = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: rootKey }));
      assert.equal(mine.UserName, undefined);
      await iam.send(new DeleteAccessKeyCommand({ AccessKeyId: rootKey }));
    });
  });
});
