// Persistence (issue 3): state survives a restart. A server is stopped keeping its data directory and a
// new one is started on the same directory: users, roles, managed policies, attachments and access keys
// are all still there, the keys still authenticate and their permissions are still enforced. Also measures
// start-up to the first answered request on a warm store (target: under one second; asserted only
// loosely, < 5 s, so that a loaded CI machine cannot make the test flaky).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  AttachRolePolicyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetPolicyCommand,
  GetRoleCommand,
  GetUserCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListAttachedRolePoliciesCommand,
  ListRolesCommand,
  type Policy,
  type Role,
  type User,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ACCOUNT, ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { startServeProcess } from './support/cli-process.js';
import {
  allowPolicy,
  createUserWithKey,
  decodeDocument,
  policyText,
  rejection,
  type UserWithKey,
} from './support/iam-helpers.js';
import { settle, unwrap, type Settled } from './support/settled.js';

const SECOND_ACCOUNT = '210987654321';
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const TAGS = [{ Key: 'team', Value: 'images' }];

interface Before {
  user: Settled<User>;
  role: Settled<Role>;
  policy: Settled<Policy>;
  attached: Settled<void>;
  keyUser: Settled<UserWithKey>;
  secondRoot: Settled<Credentials>;
}

describe('persistence across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-e2e-persist-'));
  let server: TestServer;
  let made: Before;

  before(async () => {
    const first = await startTestServer(dataDir);
    const iam = first.iam();
    const user = await settle(async () => {
      const out = await iam.send(
        new CreateUserCommand({ UserName: 'persisted-user', Path: '/team/', Tags: TAGS }),
      );
      return out.User!;
    });
    const role = await settle(async () => {
      const out = await iam.send(
        new CreateRoleCommand({
          RoleName: 'persisted-role',
          AssumeRolePolicyDocument: policyText(TRUST),
          Description: 'survives restarts',
          Tags: TAGS,
        }),
      );
      return out.Role!;
    });
    const policy = await settle(async () => {
      const out = await iam.send(
        new CreatePolicyCommand({
          PolicyName: 'persisted-policy',
          PolicyDocument: allowPolicy('iam:GetRole'),
        }),
      );
      return out.Policy!;
    });
    const attached = await settle(async () => {
      await iam.send(
        new AttachRolePolicyCommand({
          RoleName: 'persisted-role',
          PolicyArn: unwrap(policy, 'CreatePolicy').Arn,
        }),
      );
    });
    // A user whose key may read users but nothing else.
    const keyUser = await settle(() => createUserWithKey(iam, 'key-user', allowPolicy('iam:GetUser')));
    const secondRoot = await settle(() => first.createAccount(SECOND_ACCOUNT));
    made = { user, role, policy, attached, keyUser, secondRoot };
    await first.stop(true);
    server = await startTestServer(dataDir);
  });
  after(async () => {
    await server.stop(true);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps users with their ids, paths, dates and tags', async () => {
    const before = unwrap(made.user, 'CreateUser');
    const after = (await server.iam().send(new GetUserCommand({ UserName: 'persisted-user' }))).User;
    assert.equal(after?.UserId, before.UserId);
    assert.equal(after?.Arn, `arn:aws:iam::${ACCOUNT}:user/team/persisted-user`);
    assert.equal(after?.CreateDate?.toISOString(), before.CreateDate?.toISOString());
    assert.deepEqual(after?.Tags, TAGS);
  });

  it('keeps roles with their trust policy, description and tags', async () => {
    const before = unwrap(made.role, 'CreateRole');
    const after = (await server.iam().send(new GetRoleCommand({ RoleName: 'persisted-role' }))).Role;
    assert.equal(after?.RoleId, before.RoleId);
    assert.equal(after?.Arn, `arn:aws:iam::${ACCOUNT}:role/persisted-role`);
    assert.deepEqual(decodeDocument(after?.AssumeRolePolicyDocument), TRUST);
    assert.equal(after?.Description, 'survives restarts');
    assert.deepEqual(after?.Tags, TAGS);
    const listed = await server.iam().send(new ListRolesCommand({}));
    assert.deepEqual(
      listed.Roles?.map((r) => r.RoleName),
      ['persisted-role'],
    );
  });

  it('keeps managed policies and their attachments', async () => {
    const before = unwrap(made.policy, 'CreatePolicy');
    unwrap(made.attached, 'AttachRolePolicy');
    const after = (await server.iam().send(new GetPolicyCommand({ PolicyArn: before.Arn }))).Policy;
    assert.equal(after?.PolicyId, before.PolicyId);
    assert.equal(after?.DefaultVersionId, 'v1');
    assert.equal(after?.AttachmentCount, 1);
    const attached = await server
      .iam()
      .send(new ListAttachedRolePoliciesCommand({ RoleName: 'persisted-role' }));
    assert.deepEqual(attached.AttachedPolicies, [{ PolicyName: 'persisted-policy', PolicyArn: before.Arn }]);
  });

  it('keeps access keys: they are listed, still authenticate, and their permissions still hold', async () => {
    const keyUser = unwrap(made.keyUser, 'user key-user with an access key');
    const keys = await server.iam().send(new ListAccessKeysCommand({ UserName: 'key-user' }));
    assert.deepEqual(
      keys.AccessKeyMetadata?.map((k) => [k.AccessKeyId, k.Status]),
      [[keyUser.credentials.accessKeyId, 'Active']],
    );
    const identity = await server.sts(keyUser.credentials).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, keyUser.arn);
    const read = await server
      .iam(keyUser.credentials)
      .send(new GetUserCommand({ UserName: 'persisted-user' }));
    assert.equal(read.User?.UserName, 'persisted-user');
    const denied = await rejection(
      server.iam(keyUser.credentials).send(new GetRoleCommand({ RoleName: 'persisted-role' })),
    );
    assert.equal(denied.name, 'AccessDenied');
  });

  it('keeps accounts and their root credentials, and does not re-create the default account', async () => {
    const second = unwrap(made.secondRoot, 'create account');
    const identity = await server.sts(second).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, `arn:aws:iam::${SECOND_ACCOUNT}:root`);
    const root = await server.sts(ROOT).send(new GetCallerIdentityCommand({}));
    assert.equal(root.Account, ACCOUNT);
    const accounts = await server.ibiam.store.read((tx) => tx.list('accounts', ''));
    assert.deepEqual(accounts.map((a) => a.accountId).sort(), [ACCOUNT, SECOND_ACCOUNT]);
  });

  it('restarts in-process and answers its first request quickly (warm store)', async (t) => {
    await server.stop(true);
    const started = performance.now();
    server = await startTestServer(dataDir);
    const identity = await server.sts().send(new GetCallerIdentityCommand({}));
    const ms = performance.now() - started;
    assert.equal(identity.Account, ACCOUNT);
    t.diagnostic(`in-process restart to first answered request: ${ms.toFixed(0)} ms`);
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('`ibiam serve` starts on the warm store and answers its first request quickly', async (t) => {
    // The in-process server holds no lock: a second process may open the same store (SQLite WAL).
    const started = performance.now();
    const serve = await startServeProcess(dataDir);
    try {
      const sts = new STSClient({
        endpoint: serve.url,
        region: 'us-east-1',
        credentials: ROOT,
        maxAttempts: 1,
      });
      const identity = await sts.send(new GetCallerIdentityCommand({}));
      const ms = performance.now() - started;
      assert.equal(identity.Account, ACCOUNT);
      t.diagnostic(`process start (node bin/ibiam.js serve) to first answered request: ${ms.toFixed(0)} ms`);
      assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
      // The first request that the policy engine decides (loading the caller's policies).
      const keyUser = unwrap(made.keyUser, 'user key-user with an access key');
      const iam = new IAMClient({
        endpoint: serve.url,
        region: 'us-east-1',
        credentials: keyUser.credentials,
        maxAttempts: 1,
      });
      const read = await iam.send(new GetUserCommand({ UserName: 'persisted-user' }));
      const authorizedMs = performance.now() - started;
      assert.equal(read.User?.UserName, 'persisted-user');
      t.diagnostic(
        `process start to first authorized request (iam:GetUser as key-user): ${authorizedMs.toFixed(0)} ms`,
      );
      assert.ok(authorizedMs < 5000, `took ${authorizedMs.toFixed(0)} ms`);
    } finally {
      await serve.stop();
    }
  });
});
