// IAM groups end to end with the AWS SDK: create/get/list/update/delete, membership (and its quota),
// inline and attached group policies, their errors, and how each is authorized. Expected messages are
// AWS's (IAM API reference and real AWS transcripts cited beside each).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DetachGroupPolicyCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  GetUserCommand,
  ListAttachedGroupPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  UpdateGroupCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';

const AWS = 'arn:aws:iam::aws:policy';
const READ_ONLY = `${AWS}/ReadOnlyAccess`;
const IAM_READ_ONLY = `${AWS}/IAMReadOnlyAccess`;
const LAMBDA_ROLE = `${AWS}/service-role/AWSLambdaRole`;
const SERVICE_LINKED = `${AWS}/aws-service-role/AWSServiceRoleForImageBuilder`;
const READ_POLICIES = [
  READ_ONLY,
  IAM_READ_ONLY,
  `${AWS}/AmazonS3ReadOnlyAccess`,
  `${AWS}/AmazonEC2ReadOnlyAccess`,
  `${AWS}/AWSImageBuilderReadOnlyAccess`,
  `${AWS}/AmazonSSMReadOnlyAccess`,
  `${AWS}/AmazonSQSReadOnlyAccess`,
  `${AWS}/AmazonSNSReadOnlyAccess`,
  `${AWS}/AmazonDynamoDBReadOnlyAccess`,
  `${AWS}/CloudWatchReadOnlyAccess`,
  `${AWS}/AmazonRDSReadOnlyAccess`,
];

const statement = (effect: 'Allow' | 'Deny', action: string | string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: action, Resource: resource }],
  });

const groupArn = (name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:group${path}${name}`;
const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

describe('IAM groups', () => {
  let server: TestServer;
  let iam: IAMClient;

  /** A user with one inline policy and an access key; returns a client signed with that key. */
  async function clientFor(name: string, document: string): Promise<IAMClient> {
    await iam.send(new CreateUserCommand({ UserName: name }));
    await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'p', PolicyDocument: document }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
    return server.iam({
      accessKeyId: key.AccessKey!.AccessKeyId!,
      secretAccessKey: key.AccessKey!.SecretAccessKey!,
    });
  }

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  describe('CreateGroup, GetGroup and ListGroups', () => {
    it('creates a group and reads it back case-insensitively with its users', async () => {
      const created = (await iam.send(new CreateGroupCommand({ GroupName: 'Builders', Path: '/ci/' })))
        .Group!;
      assert.equal(created.GroupName, 'Builders');
      assert.equal(created.Path, '/ci/');
      assert.equal(created.Arn, groupArn('Builders', '/ci/'));
      assert.match(created.GroupId!, /^AGPA[A-Z2-7]{17}$/);
      assert.ok(created.CreateDate instanceof Date);
      for (const name of ['m1', 'm2', 'm3']) {
        await iam.send(new CreateUserCommand({ UserName: name, Tags: [{ Key: 'k', Value: 'v' }] }));
        await iam.send(new AddUserToGroupCommand({ GroupName: 'builders', UserName: name }));
      }
      const got = await iam.send(new GetGroupCommand({ GroupName: 'BUILDERS' }));
      assert.equal(got.Group?.GroupId, created.GroupId);
      assert.deepEqual(
        got.Users?.map((u) => u.UserName),
        ['m1', 'm2', 'm3'],
      );
      assert.equal(got.Users?.[0]?.Arn, userArn('m1'));
      assert.equal(got.Users?.[0]?.Tags, undefined);
      assert.equal(got.IsTruncated, false);
    });

    it('paginates the users of GetGroup', async () => {
      const first = await iam.send(new GetGroupCommand({ GroupName: 'Builders', MaxItems: 2 }));
      assert.deepEqual(
        first.Users?.map((u) => u.UserName),
        ['m1', 'm2'],
      );
      assert.equal(first.IsTruncated, true);
      const second = await iam.send(
        new GetGroupCommand({ GroupName: 'Builders', MaxItems: 2, Marker: first.Marker }),
      );
      assert.deepEqual(
        second.Users?.map((u) => u.UserName),
        ['m3'],
      );
      assert.equal(second.IsTruncated, false);
      assert.equal(second.Group?.GroupName, 'Builders');
    });

    it('refuses a name taken case-insensitively with EntityAlreadyExists', async () => {
      await assert.rejects(iam.send(new CreateGroupCommand({ GroupName: 'BUILDERS' })), {
        name: 'EntityAlreadyExistsException',
        message: 'Group with name BUILDERS already exists.',
      });
    });

    it('validates the name with ValidationError', async () => {
      await assert.rejects(iam.send(new CreateGroupCommand({ GroupName: 'no spaces' })), {
        name: 'ValidationError',
      });
      await assert.rejects(iam.send(new CreateGroupCommand({ GroupName: 'g'.repeat(129) })), {
        name: 'ValidationError',
      });
    });

    it('answers NoSuchEntity for a missing group', async () => {
      await assert.rejects(iam.send(new GetGroupCommand({ GroupName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The group with name ghost cannot be found.',
      });
    });

    it('lists groups by PathPrefix, paginated', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'Testers', Path: '/ci/' }));
      await iam.send(new CreateGroupCommand({ GroupName: 'Admins' }));
      const ci = await iam.send(new ListGroupsCommand({ PathPrefix: '/ci/' }));
      assert.deepEqual(
        ci.Groups?.map((g) => g.GroupName),
        ['Builders', 'Testers'],
      );
      const all = await iam.send(new ListGroupsCommand({}));
      assert.deepEqual(
        all.Groups?.map((g) => g.GroupName),
        ['Admins', 'Builders', 'Testers'],
      );
      const page = await iam.send(new ListGroupsCommand({ MaxItems: 1 }));
      assert.equal(page.Groups?.length, 1);
      assert.equal(page.IsTruncated, true);
      const rest = await iam.send(new ListGroupsCommand({ Marker: page.Marker }));
      assert.deepEqual(
        rest.Groups?.map((g) => g.GroupName),
        ['Builders', 'Testers'],
      );
    });
  });

  describe('membership', () => {
    it('lists the groups of a user in the order joined; adding twice changes nothing', async () => {
      await iam.send(new AddUserToGroupCommand({ GroupName: 'Testers', UserName: 'm1' }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'testers', UserName: 'M1' }));
      const groups = await iam.send(new ListGroupsForUserCommand({ UserName: 'm1' }));
      assert.deepEqual(
        groups.Groups?.map((g) => [g.GroupName, g.Arn]),
        [
          ['Builders', groupArn('Builders', '/ci/')],
          ['Testers', groupArn('Testers', '/ci/')],
        ],
      );
    });

    it('removes a member; removing a non-member succeeds', async () => {
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Testers', UserName: 'm1' }));
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Testers', UserName: 'm1' }));
      const groups = await iam.send(new ListGroupsForUserCommand({ UserName: 'm1' }));
      assert.deepEqual(
        groups.Groups?.map((g) => g.GroupName),
        ['Builders'],
      );
    });

    it('answers NoSuchEntity for a missing group or user', async () => {
      await assert.rejects(iam.send(new AddUserToGroupCommand({ GroupName: 'ghost', UserName: 'm1' })), {
        name: 'NoSuchEntityException',
        message: 'The group with name ghost cannot be found.',
      });
      // ansible/ansible#45593: "The user with name ... cannot be found." from AddUserToGroup.
      await assert.rejects(iam.send(new AddUserToGroupCommand({ GroupName: 'Admins', UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
      await assert.rejects(
        iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Admins', UserName: 'ghost' })),
        {
          name: 'NoSuchEntityException',
          message: 'The user with name ghost cannot be found.',
        },
      );
      await assert.rejects(iam.send(new ListGroupsForUserCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
    });

    it('limits a user to 10 groups', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'joiner' }));
      for (let i = 0; i < 10; i++) {
        await iam.send(new CreateGroupCommand({ GroupName: `quota-${i}` }));
        await iam.send(new AddUserToGroupCommand({ GroupName: `quota-${i}`, UserName: 'joiner' }));
      }
      await iam.send(new CreateGroupCommand({ GroupName: 'quota-10' }));
      await assert.rejects(
        iam.send(new AddUserToGroupCommand({ GroupName: 'quota-10', UserName: 'joiner' })),
        {
          name: 'LimitExceededException',
          message: 'Cannot exceed quota for GroupsPerUser: 10',
        },
      );
      // Adding to a group it is already in is not a new membership.
      await iam.send(new AddUserToGroupCommand({ GroupName: 'quota-0', UserName: 'joiner' }));
    });
  });

  describe('UpdateGroup', () => {
    it('renames and moves a group; its members and policies follow', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'old-team' }));
      await iam.send(new CreateUserCommand({ UserName: 'teammate' }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'old-team', UserName: 'teammate' }));
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: 'old-team',
          PolicyName: 'p',
          PolicyDocument: statement('Allow', 'iam:GetUser'),
        }),
      );
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'old-team', PolicyArn: IAM_READ_ONLY }));
      const before = (await iam.send(new GetGroupCommand({ GroupName: 'old-team' }))).Group!;

      await iam.send(
        new UpdateGroupCommand({ GroupName: 'old-team', NewGroupName: 'new-team', NewPath: '/teams/' }),
      );

      await assert.rejects(iam.send(new GetGroupCommand({ GroupName: 'old-team' })), {
        name: 'NoSuchEntityException',
        message: 'The group with name old-team cannot be found.',
      });
      const after = await iam.send(new GetGroupCommand({ GroupName: 'new-team' }));
      assert.equal(after.Group?.GroupId, before.GroupId);
      assert.equal(after.Group?.Arn, groupArn('new-team', '/teams/'));
      assert.deepEqual(
        after.Users?.map((u) => u.UserName),
        ['teammate'],
      );
      const forUser = await iam.send(new ListGroupsForUserCommand({ UserName: 'teammate' }));
      assert.deepEqual(
        forUser.Groups?.map((g) => g.GroupName),
        ['new-team'],
      );
      assert.deepEqual(
        (await iam.send(new ListGroupPoliciesCommand({ GroupName: 'new-team' }))).PolicyNames,
        ['p'],
      );
      const attached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'new-team' }));
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyArn),
        [IAM_READ_ONLY],
      );
    });

    it('refuses a name already taken with EntityAlreadyExists', async () => {
      await assert.rejects(
        iam.send(new UpdateGroupCommand({ GroupName: 'new-team', NewGroupName: 'ADMINS' })),
        {
          name: 'EntityAlreadyExistsException',
          message: 'Group with name ADMINS already exists.',
        },
      );
    });

    it('answers NoSuchEntity for a missing group', async () => {
      await assert.rejects(iam.send(new UpdateGroupCommand({ GroupName: 'ghost', NewGroupName: 'x' })), {
        name: 'NoSuchEntityException',
        message: 'The group with name ghost cannot be found.',
      });
    });
  });

  describe('DeleteGroup', () => {
    // Real AWS transcripts: go-to-k/delstack#40 (users), rebuy-de/aws-nuke#275 (inline policies).
    it('refuses while the group has users, inline policies or attached policies', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'doomed' }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'doomed', UserName: 'm2' }));
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: 'doomed',
          PolicyName: 'p',
          PolicyDocument: statement('Allow', 's3:ListAllMyBuckets'),
        }),
      );
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'doomed', PolicyArn: READ_ONLY }));
      const conflict = (message: string) => ({ name: 'DeleteConflictException', message });

      await assert.rejects(
        iam.send(new DeleteGroupCommand({ GroupName: 'doomed' })),
        conflict('Cannot delete entity, must remove users from group first.'),
      );
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'doomed', UserName: 'm2' }));
      await assert.rejects(
        iam.send(new DeleteGroupCommand({ GroupName: 'doomed' })),
        conflict('Cannot delete entity, must delete policies first.'),
      );
      await iam.send(new DeleteGroupPolicyCommand({ GroupName: 'doomed', PolicyName: 'p' }));
      await assert.rejects(
        iam.send(new DeleteGroupCommand({ GroupName: 'doomed' })),
        conflict('Cannot delete entity, must detach all policies first.'),
      );
      await iam.send(new DetachGroupPolicyCommand({ GroupName: 'doomed', PolicyArn: READ_ONLY }));
      await iam.send(new DeleteGroupCommand({ GroupName: 'DOOMED' }));
      await assert.rejects(iam.send(new GetGroupCommand({ GroupName: 'doomed' })), {
        name: 'NoSuchEntityException',
      });
    });

    it('answers NoSuchEntity for a missing group', async () => {
      await assert.rejects(iam.send(new DeleteGroupCommand({ GroupName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The group with name ghost cannot be found.',
      });
    });
  });

  describe('inline group policies', () => {
    const document = statement('Allow', ['s3:GetObject'], 'arn:aws:s3:::bucket/*');

    it('puts, gets (URL-encoded), lists and deletes inline policies', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'inline' }));
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: 'inline', PolicyName: 'one', PolicyDocument: document }),
      );
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: 'inline', PolicyName: 'two', PolicyDocument: document }),
      );
      const got = await iam.send(new GetGroupPolicyCommand({ GroupName: 'INLINE', PolicyName: 'one' }));
      assert.equal(got.GroupName, 'inline');
      assert.equal(got.PolicyName, 'one');
      assert.equal(decodeURIComponent(got.PolicyDocument!), document);
      const page = await iam.send(new ListGroupPoliciesCommand({ GroupName: 'inline', MaxItems: 1 }));
      assert.deepEqual(page.PolicyNames, ['one']);
      assert.equal(page.IsTruncated, true);
      await iam.send(new DeleteGroupPolicyCommand({ GroupName: 'inline', PolicyName: 'one' }));
      assert.deepEqual((await iam.send(new ListGroupPoliciesCommand({ GroupName: 'inline' }))).PolicyNames, [
        'two',
      ]);
    });

    it('answers NoSuchEntity for a missing policy or group', async () => {
      await assert.rejects(iam.send(new GetGroupPolicyCommand({ GroupName: 'inline', PolicyName: 'nope' })), {
        name: 'NoSuchEntityException',
        message: 'The group policy with name nope cannot be found.',
      });
      await assert.rejects(
        iam.send(new DeleteGroupPolicyCommand({ GroupName: 'inline', PolicyName: 'nope' })),
        {
          name: 'NoSuchEntityException',
        },
      );
      // A real AWS transcript (PutGroupPolicy on a missing group): "The group with name Operators cannot be found."
      await assert.rejects(
        iam.send(
          new PutGroupPolicyCommand({ GroupName: 'Operators', PolicyName: 'p', PolicyDocument: document }),
        ),
        { name: 'NoSuchEntityException', message: 'The group with name Operators cannot be found.' },
      );
    });

    it('refuses a malformed document', async () => {
      await assert.rejects(
        iam.send(
          new PutGroupPolicyCommand({
            GroupName: 'inline',
            PolicyName: 'bad',
            PolicyDocument: '{"Statement":',
          }),
        ),
        { name: 'MalformedPolicyDocumentException' },
      );
    });

    it('keeps the aggregate of inline policies within 5,120 characters', async () => {
      const big = largePolicy();
      await iam.send(new CreateGroupCommand({ GroupName: 'quota-inline' }));
      // About 2,200 characters each: two fit in a group (they would not in a user), three do not.
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: 'quota-inline', PolicyName: 'one', PolicyDocument: big }),
      );
      await iam.send(
        new PutGroupPolicyCommand({ GroupName: 'quota-inline', PolicyName: 'two', PolicyDocument: big }),
      );
      await assert.rejects(
        iam.send(
          new PutGroupPolicyCommand({ GroupName: 'quota-inline', PolicyName: 'three', PolicyDocument: big }),
        ),
        {
          name: 'LimitExceededException',
          message: 'Maximum policy size of 5120 bytes exceeded for group quota-inline',
        },
      );
    });
  });

  describe('attached group policies', () => {
    it('attaches AWS managed policies, filters by PathPrefix and detaches', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'attached' }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: READ_ONLY }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: LAMBDA_ROLE }));
      const all = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'attached' }));
      assert.deepEqual(all.AttachedPolicies, [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
        { PolicyName: 'AWSLambdaRole', PolicyArn: LAMBDA_ROLE },
      ]);
      const filtered = await iam.send(
        new ListAttachedGroupPoliciesCommand({ GroupName: 'attached', PathPrefix: '/service-role/' }),
      );
      assert.deepEqual(
        filtered.AttachedPolicies?.map((p) => p.PolicyName),
        ['AWSLambdaRole'],
      );
      await iam.send(new DetachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: READ_ONLY }));
      await assert.rejects(
        iam.send(new DetachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: READ_ONLY })),
        {
          name: 'NoSuchEntityException',
          message: `Policy ${READ_ONLY} was not found.`,
        },
      );
    });

    it('refuses missing and service-linked-role policies', async () => {
      const missing = `arn:aws:iam::${ACCOUNT}:policy/Missing`;
      await assert.rejects(
        iam.send(new AttachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: missing })),
        {
          name: 'NoSuchEntityException',
          message: `Policy ${missing} does not exist or is not attachable.`,
        },
      );
      await assert.rejects(
        iam.send(new AttachGroupPolicyCommand({ GroupName: 'attached', PolicyArn: SERVICE_LINKED })),
        {
          name: 'PolicyNotAttachableException',
        },
      );
      await assert.rejects(
        iam.send(new AttachGroupPolicyCommand({ GroupName: 'ghost', PolicyArn: READ_ONLY })),
        {
          name: 'NoSuchEntityException',
          message: 'The group with name ghost cannot be found.',
        },
      );
    });

    it('allows at most 10 attached policies per group', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'many' }));
      for (const arn of READ_POLICIES.slice(0, 10)) {
        await iam.send(new AttachGroupPolicyCommand({ GroupName: 'many', PolicyArn: arn }));
      }
      await assert.rejects(
        iam.send(new AttachGroupPolicyCommand({ GroupName: 'many', PolicyArn: READ_POLICIES[10] })),
        {
          name: 'LimitExceededException',
          message: 'Cannot exceed quota for PoliciesPerGroup: 10',
        },
      );
    });
  });

  describe('authorization', () => {
    it('grants members the group policies, and stops at once when they leave', async () => {
      const member = await clientFor('member', statement('Allow', 'sts:GetCallerIdentity'));
      await assert.rejects(member.send(new GetUserCommand({ UserName: 'member' })), { name: 'AccessDenied' });
      await iam.send(new CreateGroupCommand({ GroupName: 'readers' }));
      await iam.send(new AttachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: IAM_READ_ONLY }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'member' }));
      assert.equal((await member.send(new GetUserCommand({ UserName: 'member' }))).User?.UserName, 'member');
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'readers', UserName: 'member' }));
      await assert.rejects(member.send(new GetUserCommand({ UserName: 'member' })), { name: 'AccessDenied' });
    });

    it('authorizes ListGroups on the group path prefix ARN', async () => {
      const client = await clientFor('group-lister', statement('Allow', 'iam:ListGroups', groupArn('ci/*')));
      // Real AWS names `...:group/` as the resource of a denied ListGroups.
      await assert.rejects(client.send(new ListGroupsCommand({})), {
        name: 'AccessDenied',
        message:
          `User: ${userArn('group-lister')} is not authorized to perform: iam:ListGroups on resource: ` +
          `${groupArn('')} because no identity-based policy allows the iam:ListGroups action`,
      });
      const ci = await client.send(new ListGroupsCommand({ PathPrefix: '/ci/' }));
      assert.deepEqual(
        ci.Groups?.map((g) => g.GroupName),
        ['Builders', 'Testers'],
      );
    });

    it('authorizes membership changes on the group, and ListGroupsForUser on the user', async () => {
      const client = await clientFor(
        'group-admin',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'iam:AddUserToGroup', Resource: groupArn('Admins') },
            { Effect: 'Allow', Action: 'iam:ListGroupsForUser', Resource: userArn('group-admin') },
          ],
        }),
      );
      await client.send(new AddUserToGroupCommand({ GroupName: 'Admins', UserName: 'm3' }));
      await assert.rejects(client.send(new AddUserToGroupCommand({ GroupName: 'Testers', UserName: 'm3' })), {
        name: 'AccessDenied',
        message:
          `User: ${userArn('group-admin')} is not authorized to perform: iam:AddUserToGroup on resource: ` +
          `${groupArn('Testers', '/ci/')} because no identity-based policy allows the iam:AddUserToGroup action`,
      });
      await client.send(new ListGroupsForUserCommand({ UserName: 'group-admin' }));
      await assert.rejects(client.send(new ListGroupsForUserCommand({ UserName: 'm3' })), {
        name: 'AccessDenied',
      });
    });

    it('checks iam:PolicyARN on AttachGroupPolicy', async () => {
      const client = await clientFor(
        'group-attacher',
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'iam:AttachGroupPolicy',
              Resource: '*',
              Condition: { ArnEquals: { 'iam:PolicyARN': IAM_READ_ONLY } },
            },
          ],
        }),
      );
      await client.send(new AttachGroupPolicyCommand({ GroupName: 'Admins', PolicyArn: IAM_READ_ONLY }));
      await assert.rejects(
        client.send(new AttachGroupPolicyCommand({ GroupName: 'Admins', PolicyArn: READ_ONLY })),
        {
          name: 'AccessDenied',
        },
      );
    });

    it('needs iam:UpdateGroup on both the old and the new name', async () => {
      const client = await clientFor(
        'group-renamer',
        statement('Allow', 'iam:UpdateGroup', groupArn('team-*')),
      );
      await iam.send(new CreateGroupCommand({ GroupName: 'team-a' }));
      await client.send(new UpdateGroupCommand({ GroupName: 'team-a', NewGroupName: 'team-b' }));
      await assert.rejects(
        client.send(new UpdateGroupCommand({ GroupName: 'team-b', NewGroupName: 'other' })),
        {
          name: 'AccessDenied',
          message:
            `User: ${userArn('group-renamer')} is not authorized to perform: iam:UpdateGroup on resource: ` +
            `${groupArn('other')} because no identity-based policy allows the iam:UpdateGroup action`,
        },
      );
    });
  });
});

/** An identity policy of about 2,200 characters without whitespace. */
function largePolicy(): string {
  const actions = Array.from({ length: 70 }, (_, i) => `s3:Get${'X'.repeat(20)}${i}`);
  return statement('Allow', actions);
}
