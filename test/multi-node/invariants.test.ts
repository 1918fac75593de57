// Two nodes on one PostgreSQL store keep IAM's invariants under real concurrent requests sent through both:
// at most 5 versions per managed policy, one role per instance profile, unique names per account (case-
// insensitively), at most 10 managed policies per user and attachment counts that match, no attachment to a
// deleted policy, and the service-linked role created once.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateServiceLinkedRoleCommand,
  CreateUserCommand,
  DeletePolicyCommand,
  GetInstanceProfileCommand,
  GetPolicyCommand,
  GetRoleCommand,
  ListAttachedUserPoliciesCommand,
  ListPolicyVersionsCommand,
  ListUsersCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { CreateInfrastructureConfigurationCommand } from '@aws-sdk/client-imagebuilder';
import { describeWithPostgres } from '../../src/store/conformance/postgres-test-database.js';
import { ACCOUNT, race, startCluster, type Cluster } from './cluster.js';

const document = (action: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

const trust = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

describeWithPostgres(
  'two nodes on one PostgreSQL store: concurrent writers keep the invariants',
  (adminUrl) => {
    let cluster: Cluster;
    let a: IAMClient;
    let b: IAMClient;
    /** The client of node A for even indexes and node B for odd ones. */
    const either = (i: number) => (i % 2 === 0 ? a : b);

    before(async () => {
      cluster = await startCluster(adminUrl);
      a = cluster.nodes[0]!.iam();
      b = cluster.nodes[1]!.iam();
    });
    after(() => cluster.stop());

    it('never keeps more than 5 versions of a policy (10 concurrent CreatePolicyVersion)', async () => {
      const created = await a.send(
        new CreatePolicyCommand({ PolicyName: 'versions', PolicyDocument: document('s3:Get*') }),
      );
      const arn = created.Policy?.Arn ?? '';
      const outcome = await race(
        Array.from(
          { length: 10 },
          (_, i) => () =>
            either(i).send(
              new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: document(`s3:List${i}*`) }),
            ),
        ),
      );
      assert.equal(outcome.ok.length, 4, `errors: ${outcome.messages.join(' | ')}`);
      assert.deepEqual(new Set(outcome.errors), new Set(['LimitExceededException']));
      assert.ok(
        outcome.messages.every(
          (m) =>
            m ===
            'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
        ),
        outcome.messages.join(' | '),
      );
      for (const client of [a, b]) {
        const versions =
          (await client.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions ?? [];
        assert.equal(versions.length, 5);
        assert.equal(new Set(versions.map((v) => v.VersionId)).size, 5);
      }
    });

    it('adds exactly one of two roles added at once to an instance profile', async () => {
      for (let round = 0; round < 3; round++) {
        const profile = `profile-${round}`;
        await a.send(new CreateInstanceProfileCommand({ InstanceProfileName: profile }));
        for (const role of ['first', 'second'])
          await b.send(
            new CreateRoleCommand({ RoleName: `${role}-${round}`, AssumeRolePolicyDocument: trust }),
          );
        const outcome = await race([
          () =>
            a.send(
              new AddRoleToInstanceProfileCommand({
                InstanceProfileName: profile,
                RoleName: `first-${round}`,
              }),
            ),
          () =>
            b.send(
              new AddRoleToInstanceProfileCommand({
                InstanceProfileName: profile,
                RoleName: `second-${round}`,
              }),
            ),
        ]);
        assert.equal(outcome.ok.length, 1);
        assert.deepEqual(outcome.errors, ['LimitExceededException']);
        assert.deepEqual(outcome.messages, ['Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1']);
        const roles = (await b.send(new GetInstanceProfileCommand({ InstanceProfileName: profile })))
          .InstanceProfile?.Roles;
        assert.equal(roles?.length, 1);
      }
    });

    it('creates a user once when both nodes are asked for the same name (in any case)', async () => {
      const names = ['Alice', 'alice', 'ALICE', 'Alice', 'aLiCe', 'alice', 'Alice', 'ALICE'];
      const outcome = await race(
        names.map((UserName, i) => () => either(i).send(new CreateUserCommand({ UserName }))),
      );
      assert.equal(outcome.ok.length, 1);
      assert.deepEqual(new Set(outcome.errors), new Set(['EntityAlreadyExistsException']));
      assert.ok(
        outcome.messages.every((m) => /^User with name alice already exists\.$/i.test(m)),
        outcome.messages.join(' | '),
      );
      const users = (await a.send(new ListUsersCommand({}))).Users ?? [];
      assert.equal(users.filter((u) => u.UserName?.toLowerCase() === 'alice').length, 1);
    });

    it('creates a role once when both nodes are asked for the same name', async () => {
      const outcome = await race(
        Array.from(
          { length: 6 },
          (_, i) => () =>
            either(i).send(
              new CreateRoleCommand({ RoleName: 'shared-role', AssumeRolePolicyDocument: trust }),
            ),
        ),
      );
      assert.equal(outcome.ok.length, 1);
      assert.deepEqual(new Set(outcome.errors), new Set(['EntityAlreadyExistsException']));
      const fromA = (await a.send(new GetRoleCommand({ RoleName: 'shared-role' }))).Role?.RoleId;
      const fromB = (await b.send(new GetRoleCommand({ RoleName: 'shared-role' }))).Role?.RoleId;
      assert.equal(fromA, outcome.ok[0]?.Role?.RoleId);
      assert.equal(fromB, fromA);
    });

    it('attaches at most 10 managed policies to a user, and counts every attachment', async () => {
      await a.send(new CreateUserCommand({ UserName: 'busy' }));
      const arns: string[] = [];
      for (let i = 0; i < 14; i++) {
        const created = await either(i).send(
          new CreatePolicyCommand({ PolicyName: `p${i}`, PolicyDocument: document('ec2:Describe*') }),
        );
        arns.push(created.Policy?.Arn ?? '');
      }
      const outcome = await race(
        arns.map(
          (PolicyArn, i) => () =>
            either(i).send(new AttachUserPolicyCommand({ UserName: 'busy', PolicyArn })),
        ),
      );
      assert.equal(outcome.ok.length, 10);
      assert.deepEqual(outcome.messages, Array(4).fill('Cannot exceed quota for PoliciesPerUser: 10'));
      const attached =
        (await b.send(new ListAttachedUserPoliciesCommand({ UserName: 'busy' }))).AttachedPolicies ?? [];
      assert.equal(attached.length, 10);
      const counts = await Promise.all(
        arns.map(
          async (PolicyArn) => (await a.send(new GetPolicyCommand({ PolicyArn }))).Policy?.AttachmentCount,
        ),
      );
      assert.equal(
        counts.reduce((sum: number, n) => sum + (n ?? 0), 0),
        10,
      );
    });

    it('counts attachments made at once through both nodes', async () => {
      const created = await a.send(
        new CreatePolicyCommand({ PolicyName: 'popular', PolicyDocument: document('sts:GetCallerIdentity') }),
      );
      const arn = created.Policy?.Arn ?? '';
      for (let i = 0; i < 8; i++) await either(i).send(new CreateUserCommand({ UserName: `fan-${i}` }));
      const outcome = await race(
        Array.from(
          { length: 8 },
          (_, i) => () =>
            either(i + 1).send(new AttachUserPolicyCommand({ UserName: `fan-${i}`, PolicyArn: arn })),
        ),
      );
      assert.equal(outcome.ok.length, 8, outcome.messages.join(' | '));
      assert.equal((await b.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.AttachmentCount, 8);
    });

    it('never leaves an attachment to a policy deleted at the same time', async () => {
      for (let round = 0; round < 4; round++) {
        const user = `racer-${round}`;
        await a.send(new CreateUserCommand({ UserName: user }));
        const created = await a.send(
          new CreatePolicyCommand({ PolicyName: `doomed-${round}`, PolicyDocument: document('s3:*') }),
        );
        const arn = created.Policy?.Arn ?? '';
        const [attach, remove] = await Promise.allSettled([
          b.send(new AttachUserPolicyCommand({ UserName: user, PolicyArn: arn })),
          a.send(new DeletePolicyCommand({ PolicyArn: arn })),
        ]);
        const attached =
          (await a.send(new ListAttachedUserPoliciesCommand({ UserName: user }))).AttachedPolicies ?? [];
        if (remove.status === 'fulfilled') {
          // The policy is gone: the attachment either failed or never happened.
          assert.equal(attached.length, 0);
          if (attach.status === 'rejected')
            assert.equal((attach.reason as Error).name, 'NoSuchEntityException');
          else assert.fail('AttachUserPolicy succeeded and DeletePolicy succeeded too');
        } else {
          assert.equal((remove.reason as Error).name, 'DeleteConflictException');
          assert.equal(attach.status, 'fulfilled');
          assert.equal(attached.length, 1);
        }
      }
    });

    it('creates a service-linked role once (CreateServiceLinkedRole through both nodes)', async () => {
      const outcome = await race(
        Array.from(
          { length: 6 },
          (_, i) => () =>
            either(i).send(
              new CreateServiceLinkedRoleCommand({ AWSServiceName: 'autoscaling.amazonaws.com' }),
            ),
        ),
      );
      assert.equal(outcome.ok.length, 1);
      assert.deepEqual(
        new Set(outcome.messages),
        new Set([
          'Service role name AWSServiceRoleForAutoScaling has been taken in this account, please try a different suffix.',
        ]),
      );
    });

    it("creates Image Builder's service-linked role once when the first resources are created through both nodes", async () => {
      await a.send(new CreateRoleCommand({ RoleName: 'builder', AssumeRolePolicyDocument: trust }));
      await a.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'builder' }));
      await a.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'builder', RoleName: 'builder' }),
      );
      const ib = cluster.nodes.map((node) => node.imagebuilder());
      const outcome = await race(
        Array.from(
          { length: 6 },
          (_, i) => () =>
            ib[i % 2]!.send(
              new CreateInfrastructureConfigurationCommand({
                name: `first-${i}`,
                instanceProfileName: 'builder',
              }),
            ),
        ),
      );
      assert.equal(outcome.ok.length, 6, outcome.messages.join(' | '));
      const role = (await a.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForImageBuilder' }))).Role;
      assert.equal(
        role?.Arn,
        `arn:aws:iam::${ACCOUNT}:role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder`,
      );
      assert.equal(
        (await b.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForImageBuilder' }))).Role?.RoleId,
        role?.RoleId,
      );
    });
  },
);
