// STS through the AWS SDK: AssumeRole (trust policy vs identity policy, session credentials signing IAM
// requests as the role, session policies, ExternalId, chaining, session tags, source identity, errors),
// GetSessionToken, GetFederationToken and GetAccessKeyInfo. Expectations come from the STS API reference
// and the IAM User Guide; AWS's error texts from the sources quoted in src/services/sts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateUserCommand, GetRoleCommand, GetUserCommand } from '@aws-sdk/client-iam';
import {
  AssumeRoleCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { accessKeyId } from '../../src/services/common/ids.js';
import type { SessionRecord } from '../../src/store/records.js';
import { ACCOUNT, ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { allow, assume, createRole, policy, trust, userWithKey } from './sts-fixtures.js';

const denied = (caller: string, action: string, resource: string) => ({
  name: 'AccessDenied',
  message: `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`,
});
const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const secondsFromNow = (date: Date | undefined) => Math.round(((date?.getTime() ?? 0) - Date.now()) / 1000);

describe('STS', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  describe('AssumeRole, same account', () => {
    it('needs no identity policy when the trust policy names the user, and returns AWS shapes', async () => {
      const alice = await userWithKey(server, 'alice');
      const role = await createRole(server, {
        name: 'Direct',
        path: '/team/',
        trust: policy(trust(alice.arn)),
      });
      const started = Date.now();
      const result = await server
        .sts(alice)
        .send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: 'alice-session' }));
      assert.match(result.Credentials?.AccessKeyId ?? '', /^ASIA[A-Z2-7]{16}$/);
      assert.equal(result.Credentials?.SecretAccessKey?.length, 40);
      assert.ok((result.Credentials?.SessionToken ?? '').length > 0);
      const expires = result.Credentials?.Expiration?.getTime() ?? 0;
      assert.ok(Math.abs(expires - started - 3600_000) < 10_000, 'expires in one hour by default');
      // The assumed-role ARN has no path.
      assert.deepEqual(result.AssumedRoleUser, {
        AssumedRoleId: `${role.id}:alice-session`,
        Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Direct/alice-session`,
      });
      assert.equal(result.PackedPolicySize, undefined);
      assert.equal(result.SourceIdentity, undefined);
    });

    it('needs an identity policy when the trust policy names only the account', async () => {
      await createRole(server, {
        name: 'AccountTrust',
        trust: policy(trust(`arn:aws:iam::${ACCOUNT}:root`)),
      });
      const bob = await userWithKey(server, 'bob');
      const request = new AssumeRoleCommand({ RoleArn: roleArn('AccountTrust'), RoleSessionName: 'sess' });
      await assert.rejects(
        server.sts(bob).send(request),
        denied(userArn('bob'), 'sts:AssumeRole', roleArn('AccountTrust')),
      );
      const bob2 = await userWithKey(
        server,
        'bob2',
        policy(allow('sts:AssumeRole', roleArn('AccountTrust'))),
      );
      const result = await server.sts(bob2).send(request);
      assert.equal(result.AssumedRoleUser?.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/AccountTrust/sess`);
    });

    it('denies a role that does not exist with AccessDenied, not NoSuchEntity', async () => {
      const admin = await userWithKey(server, 'admin', policy(allow('*')));
      await assert.rejects(
        server.sts(admin).send(new AssumeRoleCommand({ RoleArn: roleArn('Nope'), RoleSessionName: 'sess' })),
        denied(userArn('admin'), 'sts:AssumeRole', roleArn('Nope')),
      );
    });

    it('refuses the root user', async () => {
      await assert.rejects(
        server
          .sts(ROOT)
          .send(new AssumeRoleCommand({ RoleArn: roleArn('AccountTrust'), RoleSessionName: 'sess' })),
        { name: 'AccessDenied', message: 'Roles may not be assumed by root accounts.' },
      );
    });

    it('applies an explicit Deny in the trust policy', async () => {
      const carol = await userWithKey(server, 'carol', policy(allow('sts:AssumeRole')));
      await createRole(server, {
        name: 'DenyCarol',
        trust: policy(trust(ACCOUNT), {
          Effect: 'Deny',
          Principal: { AWS: carol.arn },
          Action: 'sts:AssumeRole',
        }),
      });
      await assert.rejects(
        server
          .sts(carol)
          .send(new AssumeRoleCommand({ RoleArn: roleArn('DenyCarol'), RoleSessionName: 'sess' })),
        denied(carol.arn, 'sts:AssumeRole', roleArn('DenyCarol')),
      );
    });

    it('validates parameters with AWS messages', async () => {
      const sts = server.sts(ROOT);
      await assert.rejects(
        sts.send(
          new AssumeRoleCommand({ RoleArn: 'arn:a:b:::something/test-role', RoleSessionName: 'Session1:2' }),
        ),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
        },
      );
      await assert.rejects(
        sts.send(new AssumeRoleCommand({ RoleArn: 'nothing-valid-in-here', RoleSessionName: 's1' })),
        {
          name: 'ValidationError',
          message: 'nothing-valid-in-here is invalid',
        },
      );
      await assert.rejects(
        sts.send(
          new AssumeRoleCommand({ RoleArn: roleArn('Direct'), RoleSessionName: 's1', DurationSeconds: 899 }),
        ),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
        },
      );
    });

    it("limits DurationSeconds to the role's MaxSessionDuration", async () => {
      const dave = await userWithKey(server, 'dave');
      await createRole(server, { name: 'Short', trust: policy(trust(dave.arn)) });
      await createRole(server, { name: 'Long', trust: policy(trust(dave.arn)), maxSessionDuration: 43200 });
      await assert.rejects(
        server.sts(dave).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Short'),
            RoleSessionName: 'sess',
            DurationSeconds: 7200,
          }),
        ),
        {
          name: 'ValidationError',
          message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
        },
      );
      const result = await server.sts(dave).send(
        new AssumeRoleCommand({
          RoleArn: roleArn('Long'),
          RoleSessionName: 'sess',
          DurationSeconds: 43200,
        }),
      );
      assert.ok(Math.abs(secondsFromNow(result.Credentials?.Expiration) - 43200) < 10);
    });

    it("records the role's last use", async () => {
      const role = await server.iam().send(new GetRoleCommand({ RoleName: 'Long' }));
      assert.equal(role.Role?.RoleLastUsed?.Region, 'us-east-1');
      assert.ok(Date.now() - (role.Role?.RoleLastUsed?.LastUsedDate?.getTime() ?? 0) < 60_000);
    });
  });

  describe('role sessions', () => {
    let erin: Credentials & { arn: string };
    before(async () => {
      erin = await userWithKey(server, 'erin');
      await createRole(server, {
        name: 'Reader',
        trust: policy(trust(erin.arn)),
        permissions: policy(allow('iam:GetUser', `arn:aws:iam::${ACCOUNT}:user/*`)),
      });
    });

    it('sign requests as the assumed role, with the role permissions', async () => {
      const session = await assume(server, erin, { RoleArn: roleArn('Reader'), RoleSessionName: 'work' });
      const role = await server.iam().send(new GetRoleCommand({ RoleName: 'Reader' }));
      const identity = await server.sts(session).send(new GetCallerIdentityCommand({}));
      assert.deepEqual(
        { UserId: identity.UserId, Account: identity.Account, Arn: identity.Arn },
        {
          UserId: `${role.Role?.RoleId}:work`,
          Account: ACCOUNT,
          Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/work`,
        },
      );
      const user = await server.iam(session).send(new GetUserCommand({ UserName: 'erin' }));
      assert.equal(user.User?.Arn, erin.arn);
      await assert.rejects(server.iam(session).send(new CreateUserCommand({ UserName: 'intruder' })), {
        name: 'AccessDenied',
        message: new RegExp(
          `^User: arn:aws:sts::${ACCOUNT}:assumed-role/Reader/work is not authorized to perform: iam:CreateUser`,
        ),
      });
    });

    it('are narrowed by an inline session policy', async () => {
      const session = await server.sts(erin).send(
        new AssumeRoleCommand({
          RoleArn: roleArn('Reader'),
          RoleSessionName: 'narrow',
          Policy: policy(allow('iam:GetUser', userArn('erin'))),
        }),
      );
      assert.ok((session.PackedPolicySize ?? 0) > 0, 'PackedPolicySize is reported');
      const creds = {
        accessKeyId: session.Credentials?.AccessKeyId ?? '',
        secretAccessKey: session.Credentials?.SecretAccessKey ?? '',
        sessionToken: session.Credentials?.SessionToken ?? '',
      };
      await server.iam(creds).send(new GetUserCommand({ UserName: 'erin' }));
      await assert.rejects(server.iam(creds).send(new GetUserCommand({ UserName: 'alice' })), {
        name: 'AccessDenied',
        message: /because no session policy allows the iam:GetUser action$/,
      });
    });

    it('are narrowed by managed session policies, which must exist', async () => {
      const session = await assume(server, erin, {
        RoleArn: roleArn('Reader'),
        RoleSessionName: 'managed',
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
      });
      await assert.rejects(server.iam(session).send(new GetUserCommand({ UserName: 'erin' })), {
        name: 'AccessDenied',
      });
      await assert.rejects(
        server.sts(erin).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Reader'),
            RoleSessionName: 'managed',
            PolicyArns: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/Missing` }],
          }),
        ),
        { name: 'InvalidParameterValue' },
      );
    });

    it('refuse a malformed session policy', async () => {
      await assert.rejects(
        server
          .sts(erin)
          .send(
            new AssumeRoleCommand({ RoleArn: roleArn('Reader'), RoleSessionName: 'bad', Policy: 'not json' }),
          ),
        // The SDK names STS's MalformedPolicyDocument code after the modeled exception.
        { name: 'MalformedPolicyDocumentException' },
      );
    });

    it('expire: ExpiredToken after the expiration', async () => {
      const id = accessKeyId('ASIA');
      const record: SessionRecord = {
        accessKeyId: id,
        secretAccessKey: 'expired-secret',
        sessionToken: 'expired-token',
        accountId: ACCOUNT,
        expiration: new Date(Date.now() - 1000).toISOString(),
        issuedAt: new Date(Date.now() - 3_601_000).toISOString(),
        kind: 'assumed-role',
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Reader/old`,
        roleName: 'Reader',
        sessionName: 'old',
        tags: [],
        transitiveTagKeys: [],
        chained: false,
      };
      await server.ibiam.store.write((tx) => tx.put('sessions', ACCOUNT, id, record));
      const creds = { accessKeyId: id, secretAccessKey: 'expired-secret', sessionToken: 'expired-token' };
      await assert.rejects(server.sts(creds).send(new GetCallerIdentityCommand({})), {
        name: 'ExpiredToken',
        message: 'The security token included in the request is expired',
      });
      await assert.rejects(server.iam(creds).send(new GetUserCommand({ UserName: 'erin' })), {
        name: 'ExpiredToken',
      });
    });
  });

  describe('ExternalId', () => {
    it('is compared with sts:ExternalId in the trust policy', async () => {
      const frank = await userWithKey(server, 'frank');
      await createRole(server, {
        name: 'ThirdParty',
        trust: policy(
          trust(frank.arn, ['sts:AssumeRole'], {
            Condition: { StringEquals: { 'sts:ExternalId': 'secret-123' } },
          }),
        ),
      });
      const denial = denied(frank.arn, 'sts:AssumeRole', roleArn('ThirdParty'));
      const sts = server.sts(frank);
      await assert.rejects(
        sts.send(new AssumeRoleCommand({ RoleArn: roleArn('ThirdParty'), RoleSessionName: 'sess' })),
        denial,
      );
      await assert.rejects(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn('ThirdParty'),
            RoleSessionName: 'sess',
            ExternalId: 'wrong-1',
          }),
        ),
        denial,
      );
      const ok = await sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn('ThirdParty'),
          RoleSessionName: 'sess',
          ExternalId: 'secret-123',
        }),
      );
      assert.ok(ok.Credentials?.AccessKeyId);
    });
  });

  describe('role chaining', () => {
    let first: Credentials;
    before(async () => {
      const gina = await userWithKey(server, 'gina');
      await createRole(server, {
        name: 'Hop1',
        trust: policy(trust(gina.arn, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])),
        permissions: policy(
          allow(['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'], roleArn('Hop2')),
        ),
        maxSessionDuration: 43200,
      });
      await createRole(server, {
        name: 'Hop2',
        trust: policy(trust(ACCOUNT, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])),
        permissions: policy(
          allow('iam:GetUser', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }),
        ),
        maxSessionDuration: 43200,
      });
      first = await assume(server, gina, {
        RoleArn: roleArn('Hop1'),
        RoleSessionName: 'hop1',
        DurationSeconds: 7200,
        Tags: [{ Key: 'team', Value: 'blue' }],
        TransitiveTagKeys: ['team'],
        SourceIdentity: 'gina',
      });
    });

    it('limits a chained session to one hour', async () => {
      await assert.rejects(
        server.sts(first).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Hop2'),
            RoleSessionName: 'hop2',
            DurationSeconds: 3601,
          }),
        ),
        {
          name: 'ValidationError',
          message:
            'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        },
      );
    });

    it('passes transitive tags and the source identity on', async () => {
      const result = await server
        .sts(first)
        .send(
          new AssumeRoleCommand({ RoleArn: roleArn('Hop2'), RoleSessionName: 'hop2', DurationSeconds: 3600 }),
        );
      assert.equal(result.SourceIdentity, 'gina');
      const second = {
        accessKeyId: result.Credentials?.AccessKeyId ?? '',
        secretAccessKey: result.Credentials?.SecretAccessKey ?? '',
        sessionToken: result.Credentials?.SessionToken ?? '',
      };
      // Hop2 allows iam:GetUser only to sessions tagged team=blue: the tag came from the first session.
      await server.iam(second).send(new GetUserCommand({ UserName: 'gina' }));
    });

    it('refuses to override an inherited transitive tag or change the source identity', async () => {
      await assert.rejects(
        server.sts(first).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Hop2'),
            RoleSessionName: 'hop2',
            Tags: [{ Key: 'TEAM', Value: 'red' }],
          }),
        ),
        {
          name: 'InvalidParameterValue',
          message:
            "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
        },
      );
      await assert.rejects(
        server.sts(first).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Hop2'),
            RoleSessionName: 'hop2',
            SourceIdentity: 'mallory',
          }),
        ),
        { name: 'InvalidParameterValue' },
      );
    });
  });

  describe('session tags and source identity', () => {
    let hank: Credentials & { arn: string };
    before(async () => {
      hank = await userWithKey(server, 'hank');
      const blueOnly = policy(
        allow('iam:GetUser', '*', { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }),
      );
      await createRole(server, {
        name: 'Tagged',
        trust: policy(
          trust(hank.arn, ['sts:AssumeRole', 'sts:TagSession']),
          trust(hank.arn, ['sts:SetSourceIdentity'], {
            Condition: { StringEquals: { 'sts:SourceIdentity': 'hank' } },
          }),
        ),
        permissions: blueOnly,
        tags: [{ Key: 'team', Value: 'red' }],
      });
      await createRole(server, { name: 'NoTagging', trust: policy(trust(hank.arn)), permissions: blueOnly });
    });

    it('are visible as aws:PrincipalTag and override the role tags', async () => {
      const red = await assume(server, hank, { RoleArn: roleArn('Tagged'), RoleSessionName: 'untagged' });
      await assert.rejects(server.iam(red).send(new GetUserCommand({ UserName: 'hank' })), {
        name: 'AccessDenied',
      });
      const blue = await assume(server, hank, {
        RoleArn: roleArn('Tagged'),
        RoleSessionName: 'tagged',
        Tags: [{ Key: 'team', Value: 'blue' }],
      });
      await server.iam(blue).send(new GetUserCommand({ UserName: 'hank' }));
    });

    it('need sts:TagSession in the trust policy', async () => {
      await assert.rejects(
        server.sts(hank).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('NoTagging'),
            RoleSessionName: 'sess',
            Tags: [{ Key: 'team', Value: 'blue' }],
          }),
        ),
        denied(hank.arn, 'sts:TagSession', roleArn('NoTagging')),
      );
    });

    it('are checked: no duplicate keys, transitive keys among the tags', async () => {
      const sts = server.sts(hank);
      await assert.rejects(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Tagged'),
            RoleSessionName: 'sess',
            Tags: [
              { Key: 'team', Value: 'a' },
              { Key: 'Team', Value: 'b' },
            ],
          }),
        ),
        {
          name: 'InvalidParameterValue',
          message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
        },
      );
      await assert.rejects(
        sts.send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Tagged'),
            RoleSessionName: 'sess',
            Tags: [{ Key: 'team', Value: 'a' }],
            TransitiveTagKeys: ['project'],
          }),
        ),
        {
          name: 'InvalidParameterValue',
          message: 'The specified transitive tag key must be included in the requested tags.',
        },
      );
    });

    it('set a source identity only where sts:SetSourceIdentity allows it', async () => {
      const ok = await server.sts(hank).send(
        new AssumeRoleCommand({
          RoleArn: roleArn('Tagged'),
          RoleSessionName: 'sess',
          SourceIdentity: 'hank',
        }),
      );
      assert.equal(ok.SourceIdentity, 'hank');
      await assert.rejects(
        server.sts(hank).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('Tagged'),
            RoleSessionName: 'sess',
            SourceIdentity: 'other',
          }),
        ),
        denied(hank.arn, 'sts:SetSourceIdentity', roleArn('Tagged')),
      );
      await assert.rejects(
        server.sts(hank).send(
          new AssumeRoleCommand({
            RoleArn: roleArn('NoTagging'),
            RoleSessionName: 'sess',
            SourceIdentity: 'hank',
          }),
        ),
        denied(hank.arn, 'sts:SetSourceIdentity', roleArn('NoTagging')),
      );
    });
  });

  describe('GetSessionToken', () => {
    it("returns credentials with the user's identity, 12 hours by default", async () => {
      const ivy = await userWithKey(server, 'ivy');
      const result = await server.sts(ivy).send(new GetSessionTokenCommand({}));
      assert.match(result.Credentials?.AccessKeyId ?? '', /^ASIA/);
      assert.ok(Math.abs(secondsFromNow(result.Credentials?.Expiration) - 43200) < 10);
      const creds = {
        accessKeyId: result.Credentials?.AccessKeyId ?? '',
        secretAccessKey: result.Credentials?.SecretAccessKey ?? '',
        sessionToken: result.Credentials?.SessionToken ?? '',
      };
      const identity = await server.sts(creds).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, ivy.arn);
      await assert.rejects(server.sts(creds).send(new GetSessionTokenCommand({})), {
        name: 'AccessDenied',
        message: 'Cannot call GetSessionToken with session credentials',
      });
    });

    it('gives credentials whose AssumeRole is role chaining, limited to one hour', async () => {
      const max = await userWithKey(server, 'max');
      await createRole(server, {
        name: 'FromToken',
        trust: policy(trust(max.arn)),
        maxSessionDuration: 43200,
      });
      const token = await server.sts(max).send(new GetSessionTokenCommand({}));
      const creds = {
        accessKeyId: token.Credentials?.AccessKeyId ?? '',
        secretAccessKey: token.Credentials?.SecretAccessKey ?? '',
        sessionToken: token.Credentials?.SessionToken ?? '',
      };
      const request = { RoleArn: roleArn('FromToken'), RoleSessionName: 'from-token' };
      await assert.rejects(
        server.sts(creds).send(new AssumeRoleCommand({ ...request, DurationSeconds: 7200 })),
        {
          name: 'ValidationError',
          message:
            'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
        },
      );
      await server.sts(creds).send(new AssumeRoleCommand(request));
    });

    it('gives the root user at most one hour', async () => {
      const result = await server.sts(ROOT).send(new GetSessionTokenCommand({ DurationSeconds: 7200 }));
      assert.ok(Math.abs(secondsFromNow(result.Credentials?.Expiration) - 3600) < 10);
    });
  });

  describe('GetFederationToken', () => {
    it('needs sts:GetFederationToken and returns the federated user', async () => {
      const jack = await userWithKey(server, 'jack', policy(allow('sts:GetFederationToken')));
      const result = await server
        .sts(jack)
        .send(new GetFederationTokenCommand({ Name: 'Jane', DurationSeconds: 900 }));
      assert.deepEqual(result.FederatedUser, {
        FederatedUserId: `${ACCOUNT}:Jane`,
        Arn: `arn:aws:sts::${ACCOUNT}:federated-user/Jane`,
      });
      assert.equal(result.PackedPolicySize, 0);
      const creds = {
        accessKeyId: result.Credentials?.AccessKeyId ?? '',
        secretAccessKey: result.Credentials?.SecretAccessKey ?? '',
        sessionToken: result.Credentials?.SessionToken ?? '',
      };
      const identity = await server.sts(creds).send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, `arn:aws:sts::${ACCOUNT}:federated-user/Jane`);
      assert.equal(identity.UserId, `${ACCOUNT}:Jane`);
      await assert.rejects(server.sts(creds).send(new GetFederationTokenCommand({ Name: 'Again' })), {
        name: 'AccessDenied',
        message: 'Cannot call GetFederationToken with session credentials',
      });
    });

    it('is denied without sts:GetFederationToken', async () => {
      const kate = await userWithKey(server, 'kate');
      await assert.rejects(
        server.sts(kate).send(new GetFederationTokenCommand({ Name: 'Jane' })),
        denied(kate.arn, 'sts:GetFederationToken', `arn:aws:sts::${ACCOUNT}:federated-user/Jane`),
      );
    });
  });

  describe('GetAccessKeyInfo', () => {
    it('names the account of long-term and temporary keys', async () => {
      const leo = await userWithKey(server, 'leo', policy(allow('sts:GetAccessKeyInfo')));
      const sts = server.sts(leo);
      assert.equal(
        (await sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: leo.accessKeyId }))).Account,
        ACCOUNT,
      );
      const temporary = await server.sts(leo).send(new GetSessionTokenCommand({}));
      const info = await sts.send(
        new GetAccessKeyInfoCommand({ AccessKeyId: temporary.Credentials?.AccessKeyId }),
      );
      assert.equal(info.Account, ACCOUNT);
      await assert.rejects(sts.send(new GetAccessKeyInfoCommand({ AccessKeyId: 'AKIAUNKNOWNKEY000000' })), {
        name: 'InvalidParameterValue',
      });
    });
  });
});
