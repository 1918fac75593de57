// A change made through one node is enforced by every other node within one second, although nodes cache
// compiled policies: revoking a permission on node A makes node B deny within a second (inline policy
// deleted, managed policy detached, explicit deny added), granting one makes it allow, a deactivated
// access key is refused at once; and the same holds while node B's listening connection is broken
// (the poll of the generation sequence takes over while it reconnects).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateUserCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  ListRolesCommand,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import pg from 'pg';
import { describeWithPostgres } from '../../src/store/conformance/postgres-test-database.js';
import { startCluster, timeUntil, type Cluster, type Credentials } from './cluster.js';

const allow = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const deny = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: action, Resource: '*' }] });

/** Whether the call is allowed (true), or denied with AccessDenied (false); other errors fail the test. */
async function allowed(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (error) {
    if ((error as Error).name === 'AccessDeniedException' || (error as Error).name === 'AccessDenied')
      return false;
    throw error;
  }
}

describeWithPostgres(
  'two nodes on one PostgreSQL store: changes are enforced everywhere within a second',
  (adminUrl) => {
    let cluster: Cluster;
    let rootA: IAMClient;
    let userOnB: IAMClient;
    let keys: Credentials;

    before(async () => {
      cluster = await startCluster(adminUrl);
      rootA = cluster.nodes[0]!.iam();
      await rootA.send(new CreateUserCommand({ UserName: 'dev' }));
      const key = (await rootA.send(new CreateAccessKeyCommand({ UserName: 'dev' }))).AccessKey;
      keys = { accessKeyId: key?.AccessKeyId ?? '', secretAccessKey: key?.SecretAccessKey ?? '' };
      userOnB = cluster.nodes[1]!.iam(keys);
    });
    after(() => cluster.stop());

    const listUsersOnB = () => allowed(() => userOnB.send(new ListUsersCommand({})));

    it('denies on node B within a second of an inline policy deleted on node A', async () => {
      await rootA.send(
        new PutUserPolicyCommand({
          UserName: 'dev',
          PolicyName: 'list',
          PolicyDocument: allow('iam:ListUsers'),
        }),
      );
      await timeUntil(listUsersOnB);
      // Node B has compiled and cached the user's policies by now; it must notice the revocation.
      for (let i = 0; i < 5; i++) assert.equal(await listUsersOnB(), true);
      await rootA.send(new DeleteUserPolicyCommand({ UserName: 'dev', PolicyName: 'list' }));
      const ms = await timeUntil(async () => !(await listUsersOnB()));
      assert.ok(ms < 1_000, `node B still allowed ${ms} ms after the revocation`);
    });

    it('allows on node B within a second of a managed policy attached on node A, and denies after it is detached', async () => {
      const policy = await rootA.send(
        new CreatePolicyCommand({ PolicyName: 'list-users', PolicyDocument: allow('iam:ListUsers') }),
      );
      const arn = policy.Policy?.Arn ?? '';
      assert.equal(await listUsersOnB(), false);
      await rootA.send(new AttachUserPolicyCommand({ UserName: 'dev', PolicyArn: arn }));
      const granted = await timeUntil(listUsersOnB);
      assert.ok(granted < 1_000, `node B still denied ${granted} ms after the grant`);
      await rootA.send(new DetachUserPolicyCommand({ UserName: 'dev', PolicyArn: arn }));
      const revoked = await timeUntil(async () => !(await listUsersOnB()));
      assert.ok(revoked < 1_000, `node B still allowed ${revoked} ms after the detachment`);
    });

    it('denies on node B within a second of an explicit deny added on node A', async () => {
      await rootA.send(
        new PutUserPolicyCommand({
          UserName: 'dev',
          PolicyName: 'roles',
          PolicyDocument: allow('iam:ListRoles'),
        }),
      );
      const listRoles = () => allowed(() => userOnB.send(new ListRolesCommand({})));
      await timeUntil(listRoles);
      await rootA.send(
        new PutUserPolicyCommand({
          UserName: 'dev',
          PolicyName: 'no-roles',
          PolicyDocument: deny('iam:ListRoles'),
        }),
      );
      const ms = await timeUntil(async () => !(await listRoles()));
      assert.ok(ms < 1_000, `node B still allowed ${ms} ms after the deny`);
    });

    it('still denies within a second while node B has lost its listening connection', async () => {
      await rootA.send(
        new PutUserPolicyCommand({
          UserName: 'dev',
          PolicyName: 'list',
          PolicyDocument: allow('iam:ListUsers'),
        }),
      );
      await timeUntil(listUsersOnB);
      const admin = new pg.Client({ connectionString: cluster.database.url });
      await admin.connect();
      try {
        const killed = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'ibiam-listener'",
        );
        assert.equal(killed.rowCount, 2);
      } finally {
        await admin.end();
      }
      await timeUntil(listUsersOnB);
      await rootA.send(new DeleteUserPolicyCommand({ UserName: 'dev', PolicyName: 'list' }));
      const ms = await timeUntil(async () => !(await listUsersOnB()));
      assert.ok(ms < 1_000, `node B still allowed ${ms} ms after the revocation`);
    });

    it('refuses on node B, at once, an access key deactivated on node A', async () => {
      await rootA.send(
        new PutUserPolicyCommand({
          UserName: 'dev',
          PolicyName: 'list',
          PolicyDocument: allow('iam:ListUsers'),
        }),
      );
      await timeUntil(listUsersOnB);
      await rootA.send(
        new UpdateAccessKeyCommand({ UserName: 'dev', AccessKeyId: keys.accessKeyId, Status: 'Inactive' }),
      );
      await assert.rejects(userOnB.send(new ListUsersCommand({})), { name: 'InvalidClientTokenId' });
    });
  },
);
