// IAM users end to end with the AWS SDK: create/get/list/update/delete, tags, permissions boundaries,
// inline and attached policies, their errors and quotas, and how each is authorized. Expected messages are
// AWS's (IAM API reference and real AWS transcripts cited beside each).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddUserToGroupCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  DeleteAccessKeyCommand,
  DeleteUserCommand,
  DeleteUserPermissionsBoundaryCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  ListAccessKeysCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListUserPoliciesCommand,
  ListUserTagsCommand,
  ListUsersCommand,
  PutUserPermissionsBoundaryCommand,
  PutGroupPolicyCommand,
  PutUserPolicyCommand,
  RemoveUserFromGroupCommand,
  TagUserCommand,
  UntagUserCommand,
  UpdateUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';

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

const allow = (action: string | string[], resource = '*', condition?: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: action, Resource: resource, ...(condition ? { Condition: condition } : {}) },
    ],
  });

const userArn = (name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:user${path}${name}`;

/** AWS's AccessDenied message for an action no identity-based policy allows. */
const notAllowed = (caller: string, action: string, resource: string) =>
  `User: ${caller} is not authorized to perform: ${action} on resource: ${resource} ` +
  `because no identity-based policy allows the ${action} action`;

describe('IAM users', () => {
  let server: TestServer;
  let iam: IAMClient;

  /** A user with one inline policy and an access key; returns the key. */
  async function credentialsFor(name: string, document: string): Promise<Credentials> {
    await iam.send(new CreateUserCommand({ UserName: name }));
    await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'p', PolicyDocument: document }));
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
    return { accessKeyId: key.AccessKey!.AccessKeyId!, secretAccessKey: key.AccessKey!.SecretAccessKey! };
  }

  /** A client signed with the access key of a new user that has one inline policy. */
  async function clientFor(name: string, document: string): Promise<IAMClient> {
    return server.iam(await credentialsFor(name, document));
  }

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  describe('CreateUser and GetUser', () => {
    it('creates a user with path and tags and reads it back case-insensitively', async () => {
      const created = await iam.send(
        new CreateUserCommand({ UserName: 'Alice', Path: '/eng/', Tags: [{ Key: 'team', Value: 'blue' }] }),
      );
      const user = created.User!;
      assert.equal(user.UserName, 'Alice');
      assert.equal(user.Path, '/eng/');
      assert.equal(user.Arn, userArn('Alice', '/eng/'));
      assert.match(user.UserId!, /^AIDA[A-Z2-7]{17}$/);
      assert.ok(user.CreateDate instanceof Date);
      assert.deepEqual(user.Tags, [{ Key: 'team', Value: 'blue' }]);
      const read = await iam.send(new GetUserCommand({ UserName: 'alice' }));
      assert.equal(read.User?.UserName, 'Alice');
      assert.equal(read.User?.UserId, user.UserId);
      assert.deepEqual(read.User?.Tags, [{ Key: 'team', Value: 'blue' }]);
    });

    it('refuses a name taken case-insensitively with EntityAlreadyExists', async () => {
      await assert.rejects(iam.send(new CreateUserCommand({ UserName: 'ALICE' })), {
        name: 'EntityAlreadyExistsException',
        message: 'User with name ALICE already exists.',
      });
    });

    it('validates the name and path with ValidationError', async () => {
      await assert.rejects(iam.send(new CreateUserCommand({ UserName: 'bad name' })), {
        name: 'ValidationError',
        message:
          "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: " +
          'Member must satisfy regular expression pattern: [\\w+=,.@-]+',
      });
      await assert.rejects(iam.send(new CreateUserCommand({ UserName: 'x'.repeat(65) })), {
        name: 'ValidationError',
      });
    });

    it('rejects tag keys with the reserved aws: prefix', async () => {
      await assert.rejects(
        iam.send(new CreateUserCommand({ UserName: 'tagged', Tags: [{ Key: 'aws:x', Value: 'v' }] })),
        { name: 'InvalidInputException' },
      );
    });

    it('sets a permissions boundary on create, and refuses one that does not exist', async () => {
      const created = await iam.send(
        new CreateUserCommand({ UserName: 'bounded', PermissionsBoundary: READ_ONLY }),
      );
      assert.deepEqual(created.User?.PermissionsBoundary, {
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
        PermissionsBoundaryArn: READ_ONLY,
      });
      // Real AWS (hashicorp/boundary#4255): "NoSuchEntity: Scope ARN: ... does not exist or is not attachable."
      const missing = `arn:aws:iam::${ACCOUNT}:policy/Missing`;
      await assert.rejects(
        iam.send(new CreateUserCommand({ UserName: 'nobound', PermissionsBoundary: missing })),
        {
          name: 'NoSuchEntityException',
          message: `Scope ARN: ${missing} does not exist or is not attachable.`,
        },
      );
      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'nobound' })), {
        name: 'NoSuchEntityException',
      });
    });

    it('answers NoSuchEntity for a missing user', async () => {
      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
    });

    it('returns the root user without UserName', async () => {
      const root = await iam.send(new GetUserCommand({}));
      assert.equal(root.User?.Arn, `arn:aws:iam::${ACCOUNT}:root`);
      assert.equal(root.User?.UserId, ACCOUNT);
    });
  });

  describe('ListUsers', () => {
    before(async () => {
      for (const name of ['l1', 'l2', 'l3']) {
        await iam.send(
          new CreateUserCommand({ UserName: name, Path: '/list/', Tags: [{ Key: 'k', Value: 'v' }] }),
        );
      }
    });

    it('filters by PathPrefix and leaves out tags and boundaries', async () => {
      const listed = await iam.send(new ListUsersCommand({ PathPrefix: '/list/' }));
      assert.deepEqual(
        listed.Users?.map((u) => u.UserName),
        ['l1', 'l2', 'l3'],
      );
      assert.equal(listed.IsTruncated, false);
      for (const user of listed.Users ?? []) {
        assert.equal(user.Tags, undefined);
        assert.equal(user.PermissionsBoundary, undefined);
        assert.equal(user.Arn, userArn(user.UserName!, '/list/'));
      }
      const all = await iam.send(new ListUsersCommand({}));
      assert.ok((all.Users ?? []).some((u) => u.UserName === 'Alice'));
      const bounded = all.Users?.find((u) => u.UserName === 'bounded');
      assert.equal(bounded?.PermissionsBoundary, undefined);
    });

    it('paginates with MaxItems and Marker', async () => {
      const first = await iam.send(new ListUsersCommand({ PathPrefix: '/list/', MaxItems: 2 }));
      assert.deepEqual(
        first.Users?.map((u) => u.UserName),
        ['l1', 'l2'],
      );
      assert.equal(first.IsTruncated, true);
      assert.ok(first.Marker);
      const second = await iam.send(
        new ListUsersCommand({ PathPrefix: '/list/', MaxItems: 2, Marker: first.Marker }),
      );
      assert.deepEqual(
        second.Users?.map((u) => u.UserName),
        ['l3'],
      );
      assert.equal(second.IsTruncated, false);
      assert.equal(second.Marker, undefined);
    });

    it('rejects MaxItems out of range', async () => {
      await assert.rejects(iam.send(new ListUsersCommand({ MaxItems: 0 })), { name: 'ValidationError' });
    });
  });

  describe('UpdateUser', () => {
    it('renames a user, keeping its id, groups, access keys, tags and policies', async () => {
      const created = await iam.send(
        new CreateUserCommand({ UserName: 'before', Tags: [{ Key: 'team', Value: 'red' }] }),
      );
      await iam.send(new CreateGroupCommand({ GroupName: 'rename-group' }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'rename-group', UserName: 'before' }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'before',
          PolicyName: 'inline',
          PolicyDocument: allow('sts:GetCallerIdentity'),
        }),
      );
      await iam.send(new AttachUserPolicyCommand({ UserName: 'before', PolicyArn: IAM_READ_ONLY }));
      const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'before' }));

      await iam.send(new UpdateUserCommand({ UserName: 'before', NewUserName: 'after', NewPath: '/moved/' }));

      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'before' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name before cannot be found.',
      });
      const user = (await iam.send(new GetUserCommand({ UserName: 'after' }))).User!;
      assert.equal(user.UserId, created.User?.UserId);
      assert.equal(user.Path, '/moved/');
      assert.equal(user.Arn, userArn('after', '/moved/'));
      assert.deepEqual(user.Tags, [{ Key: 'team', Value: 'red' }]);
      const groups = await iam.send(new ListGroupsForUserCommand({ UserName: 'after' }));
      assert.deepEqual(
        groups.Groups?.map((g) => g.GroupName),
        ['rename-group'],
      );
      const inline = await iam.send(new ListUserPoliciesCommand({ UserName: 'after' }));
      assert.deepEqual(inline.PolicyNames, ['inline']);
      const attached = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'after' }));
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyArn),
        [IAM_READ_ONLY],
      );
      const keys = await iam.send(new ListAccessKeysCommand({ UserName: 'after' }));
      assert.deepEqual(
        keys.AccessKeyMetadata?.map((k) => [k.AccessKeyId, k.UserName]),
        [[key.AccessKey?.AccessKeyId, 'after']],
      );
      // The key still signs requests, now as the renamed user.
      const sts = server.sts({
        accessKeyId: key.AccessKey!.AccessKeyId!,
        secretAccessKey: key.AccessKey!.SecretAccessKey!,
      });
      const identity = await sts.send(new GetCallerIdentityCommand({}));
      assert.equal(identity.Arn, userArn('after', '/moved/'));
    });

    it('refuses a new name already taken (case-insensitively) with EntityAlreadyExists', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'taken' }));
      await iam.send(new CreateUserCommand({ UserName: 'mover' }));
      await assert.rejects(iam.send(new UpdateUserCommand({ UserName: 'mover', NewUserName: 'TAKEN' })), {
        name: 'EntityAlreadyExistsException',
        message: 'User with name TAKEN already exists.',
      });
      assert.equal((await iam.send(new GetUserCommand({ UserName: 'mover' }))).User?.UserName, 'mover');
    });

    it('changes only the case of a name', async () => {
      await iam.send(new UpdateUserCommand({ UserName: 'mover', NewUserName: 'Mover' }));
      assert.equal((await iam.send(new GetUserCommand({ UserName: 'mover' }))).User?.UserName, 'Mover');
    });

    it('answers NoSuchEntity for a missing user', async () => {
      await assert.rejects(iam.send(new UpdateUserCommand({ UserName: 'ghost', NewUserName: 'x' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
    });
  });

  describe('DeleteUser', () => {
    // Messages as AWS returns them (real transcripts: terraform/c7n/boto3 issues, e.g.
    // simonw/s3-credentials#10, mozilla-services/userplex#17).
    it('refuses while the user has access keys, inline policies, attached policies or groups', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'doomed' }));
      const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'doomed' }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'doomed',
          PolicyName: 'p',
          PolicyDocument: allow('s3:ListAllMyBuckets'),
        }),
      );
      await iam.send(new AttachUserPolicyCommand({ UserName: 'doomed', PolicyArn: READ_ONLY }));
      await iam.send(new CreateGroupCommand({ GroupName: 'doomed-group' }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'doomed-group', UserName: 'doomed' }));
      const conflict = (message: string) => ({ name: 'DeleteConflictException', message });

      await assert.rejects(
        iam.send(new DeleteUserCommand({ UserName: 'doomed' })),
        conflict('Cannot delete entity, must delete access keys first.'),
      );
      await iam.send(
        new DeleteAccessKeyCommand({ UserName: 'doomed', AccessKeyId: key.AccessKey!.AccessKeyId! }),
      );
      await assert.rejects(
        iam.send(new DeleteUserCommand({ UserName: 'doomed' })),
        conflict('Cannot delete entity, must delete policies first.'),
      );
      await iam.send(new DeleteUserPolicyCommand({ UserName: 'doomed', PolicyName: 'p' }));
      await assert.rejects(
        iam.send(new DeleteUserCommand({ UserName: 'doomed' })),
        conflict('Cannot delete entity, must detach all policies first.'),
      );
      await iam.send(new DetachUserPolicyCommand({ UserName: 'doomed', PolicyArn: READ_ONLY }));
      await assert.rejects(
        iam.send(new DeleteUserCommand({ UserName: 'doomed' })),
        conflict('Cannot delete entity, must remove users from group first.'),
      );
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'doomed-group', UserName: 'doomed' }));
      await iam.send(new DeleteUserCommand({ UserName: 'DOOMED' }));
      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'doomed' })), {
        name: 'NoSuchEntityException',
      });
    });

    it('ends the temporary credentials of a deleted user, which a new user of that name does not inherit', async () => {
      const key = await credentialsFor('short-lived', allow('iam:GetUser'));
      const session = await server.sts(key).send(new GetSessionTokenCommand({}));
      const temporary = server.sts({
        accessKeyId: session.Credentials!.AccessKeyId!,
        secretAccessKey: session.Credentials!.SecretAccessKey!,
        sessionToken: session.Credentials!.SessionToken!,
      });
      assert.equal((await temporary.send(new GetCallerIdentityCommand({}))).Arn, userArn('short-lived'));
      await iam.send(new DeleteAccessKeyCommand({ UserName: 'short-lived', AccessKeyId: key.accessKeyId }));
      await iam.send(new DeleteUserPolicyCommand({ UserName: 'short-lived', PolicyName: 'p' }));
      await iam.send(new DeleteUserCommand({ UserName: 'short-lived' }));
      await iam.send(new CreateUserCommand({ UserName: 'short-lived' }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'short-lived',
          PolicyName: 'p',
          PolicyDocument: allow('iam:*'),
        }),
      );
      await assert.rejects(temporary.send(new GetCallerIdentityCommand({})), {
        name: 'InvalidClientTokenId',
      });
    });

    it('deletes a user that still has a permissions boundary', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'bounded-doomed', PermissionsBoundary: READ_ONLY }));
      await iam.send(new DeleteUserCommand({ UserName: 'bounded-doomed' }));
    });

    it('answers NoSuchEntity for a missing user', async () => {
      await assert.rejects(iam.send(new DeleteUserCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
    });
  });

  describe('tags', () => {
    it('adds, replaces case-insensitively, lists and removes tags', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'tagme', Tags: [{ Key: 'Env', Value: 'dev' }] }));
      await iam.send(
        new TagUserCommand({
          UserName: 'tagme',
          Tags: [
            { Key: 'env', Value: 'prod' },
            { Key: 'owner', Value: 'ops' },
          ],
        }),
      );
      const tags = await iam.send(new ListUserTagsCommand({ UserName: 'tagme' }));
      assert.deepEqual(tags.Tags, [
        { Key: 'env', Value: 'prod' },
        { Key: 'owner', Value: 'ops' },
      ]);
      assert.equal(tags.IsTruncated, false);
      const page = await iam.send(new ListUserTagsCommand({ UserName: 'tagme', MaxItems: 1 }));
      assert.equal(page.Tags?.length, 1);
      assert.equal(page.IsTruncated, true);
      await iam.send(new UntagUserCommand({ UserName: 'tagme', TagKeys: ['ENV', 'absent'] }));
      const after = await iam.send(new ListUserTagsCommand({ UserName: 'tagme' }));
      assert.deepEqual(after.Tags, [{ Key: 'owner', Value: 'ops' }]);
    });

    it('limits a user to 50 tags', async () => {
      // The user has one tag (owner): 49 more make 50.
      const tags = Array.from({ length: 49 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
      await iam.send(new TagUserCommand({ UserName: 'tagme', Tags: tags }));
      await assert.rejects(
        iam.send(new TagUserCommand({ UserName: 'tagme', Tags: [{ Key: 'one-more', Value: 'v' }] })),
        {
          name: 'LimitExceededException',
        },
      );
    });

    it('answers NoSuchEntity for a missing user', async () => {
      await assert.rejects(iam.send(new ListUserTagsCommand({ UserName: 'ghost' })), {
        name: 'NoSuchEntityException',
        message: 'The user with name ghost cannot be found.',
      });
      await assert.rejects(
        iam.send(new TagUserCommand({ UserName: 'ghost', Tags: [{ Key: 'a', Value: 'b' }] })),
        {
          name: 'NoSuchEntityException',
        },
      );
    });
  });

  describe('permissions boundaries', () => {
    it('puts, replaces and deletes a boundary', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'limited' }));
      await iam.send(
        new PutUserPermissionsBoundaryCommand({ UserName: 'limited', PermissionsBoundary: IAM_READ_ONLY }),
      );
      let user = (await iam.send(new GetUserCommand({ UserName: 'limited' }))).User!;
      assert.equal(user.PermissionsBoundary?.PermissionsBoundaryArn, IAM_READ_ONLY);
      assert.equal(user.PermissionsBoundary?.PermissionsBoundaryType, 'PermissionsBoundaryPolicy');
      await iam.send(
        new PutUserPermissionsBoundaryCommand({ UserName: 'limited', PermissionsBoundary: READ_ONLY }),
      );
      user = (await iam.send(new GetUserCommand({ UserName: 'limited' }))).User!;
      assert.equal(user.PermissionsBoundary?.PermissionsBoundaryArn, READ_ONLY);
      await iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'limited' }));
      user = (await iam.send(new GetUserCommand({ UserName: 'limited' }))).User!;
      assert.equal(user.PermissionsBoundary, undefined);
    });

    it('refuses malformed and missing policies', async () => {
      // aws-samples/aws-cdk-examples#287: "ARN ... is not valid." (InvalidInput)
      await assert.rejects(
        iam.send(
          new PutUserPermissionsBoundaryCommand({
            UserName: 'limited',
            PermissionsBoundary: 'arn:aws:iam:aws:policy/X',
          }),
        ),
        { name: 'InvalidInputException', message: 'ARN arn:aws:iam:aws:policy/X is not valid.' },
      );
      const missing = `${AWS}/NoSuchManagedPolicy`;
      await assert.rejects(
        iam.send(
          new PutUserPermissionsBoundaryCommand({ UserName: 'limited', PermissionsBoundary: missing }),
        ),
        {
          name: 'NoSuchEntityException',
          message: `Scope ARN: ${missing} does not exist or is not attachable.`,
        },
      );
      await assert.rejects(
        iam.send(
          new PutUserPermissionsBoundaryCommand({ UserName: 'ghost', PermissionsBoundary: READ_ONLY }),
        ),
        { name: 'NoSuchEntityException', message: 'The user with name ghost cannot be found.' },
      );
    });

    it('bounds the user: a boundary without the action denies it despite an Allow', async () => {
      const bounded = await clientFor('boundary-user', allow('iam:*'));
      await bounded.send(new GetUserCommand({ UserName: 'boundary-user' }));
      await iam.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: 'boundary-user',
          PermissionsBoundary: `${AWS}/AmazonS3ReadOnlyAccess`,
        }),
      );
      await assert.rejects(bounded.send(new GetUserCommand({ UserName: 'boundary-user' })), {
        name: 'AccessDenied',
        message:
          `User: ${userArn('boundary-user')} is not authorized to perform: iam:GetUser on resource: ` +
          `${userArn('boundary-user')} because no permissions boundary allows the iam:GetUser action`,
      });
    });
  });

  describe('inline policies', () => {
    const document = allow(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::bucket/*');

    it('puts, gets (URL-encoded), lists and deletes inline policies', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'inline' }));
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'inline', PolicyName: 'b-policy', PolicyDocument: document }),
      );
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'inline', PolicyName: 'a-policy', PolicyDocument: document }),
      );
      const got = await iam.send(new GetUserPolicyCommand({ UserName: 'INLINE', PolicyName: 'b-policy' }));
      assert.equal(got.UserName, 'inline');
      assert.equal(got.PolicyName, 'b-policy');
      assert.equal(decodeURIComponent(got.PolicyDocument!), document);
      assert.notEqual(got.PolicyDocument, document);
      const listed = await iam.send(new ListUserPoliciesCommand({ UserName: 'inline' }));
      assert.deepEqual(listed.PolicyNames, ['b-policy', 'a-policy']);
      const page = await iam.send(new ListUserPoliciesCommand({ UserName: 'inline', MaxItems: 1 }));
      assert.deepEqual(page.PolicyNames, ['b-policy']);
      assert.equal(page.IsTruncated, true);
      await iam.send(new DeleteUserPolicyCommand({ UserName: 'inline', PolicyName: 'b-policy' }));
      assert.deepEqual((await iam.send(new ListUserPoliciesCommand({ UserName: 'inline' }))).PolicyNames, [
        'a-policy',
      ]);
    });

    it('answers NoSuchEntity for a missing policy or user', async () => {
      await assert.rejects(iam.send(new GetUserPolicyCommand({ UserName: 'inline', PolicyName: 'nope' })), {
        name: 'NoSuchEntityException',
        message: 'The user policy with name nope cannot be found.',
      });
      await assert.rejects(
        iam.send(new DeleteUserPolicyCommand({ UserName: 'inline', PolicyName: 'nope' })),
        {
          name: 'NoSuchEntityException',
          message: 'The user policy with name nope cannot be found.',
        },
      );
      await assert.rejects(
        iam.send(new PutUserPolicyCommand({ UserName: 'ghost', PolicyName: 'p', PolicyDocument: document })),
        { name: 'NoSuchEntityException', message: 'The user with name ghost cannot be found.' },
      );
    });

    it('refuses a malformed document', async () => {
      await assert.rejects(
        iam.send(
          new PutUserPolicyCommand({ UserName: 'inline', PolicyName: 'bad', PolicyDocument: '{"Version":' }),
        ),
        { name: 'MalformedPolicyDocumentException' },
      );
    });

    it('keeps the aggregate of inline policies within 2,048 characters', async () => {
      const big = (n: number) => allow(Array.from({ length: n }, (_, i) => `s3:Get${'X'.repeat(20)}${i}`));
      await iam.send(new CreateUserCommand({ UserName: 'quota' }));
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'quota', PolicyName: 'one', PolicyDocument: big(40) }),
      );
      await assert.rejects(
        iam.send(new PutUserPolicyCommand({ UserName: 'quota', PolicyName: 'two', PolicyDocument: big(40) })),
        {
          name: 'LimitExceededException',
          message: 'Maximum policy size of 2048 bytes exceeded for user quota',
        },
      );
      // Replacing the existing policy counts it once.
      await iam.send(
        new PutUserPolicyCommand({ UserName: 'quota', PolicyName: 'one', PolicyDocument: big(40) }),
      );
    });
  });

  describe('attached policies', () => {
    it('attaches AWS managed policies, lists them with a PathPrefix filter and detaches them', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'attached' }));
      await iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: READ_ONLY }));
      await iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: LAMBDA_ROLE }));
      await iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: READ_ONLY }));
      const all = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'attached' }));
      assert.deepEqual(all.AttachedPolicies, [
        { PolicyName: 'ReadOnlyAccess', PolicyArn: READ_ONLY },
        { PolicyName: 'AWSLambdaRole', PolicyArn: LAMBDA_ROLE },
      ]);
      const filtered = await iam.send(
        new ListAttachedUserPoliciesCommand({ UserName: 'attached', PathPrefix: '/service-role/' }),
      );
      assert.deepEqual(filtered.AttachedPolicies, [{ PolicyName: 'AWSLambdaRole', PolicyArn: LAMBDA_ROLE }]);
      await iam.send(new DetachUserPolicyCommand({ UserName: 'attached', PolicyArn: LAMBDA_ROLE }));
      const after = await iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'attached' }));
      assert.deepEqual(
        after.AttachedPolicies?.map((p) => p.PolicyArn),
        [READ_ONLY],
      );
    });

    it('refuses missing, malformed and service-linked-role policies', async () => {
      const missing = `arn:aws:iam::${ACCOUNT}:policy/Missing`;
      // hashicorp/terraform#31748: "Policy ... does not exist or is not attachable." (NoSuchEntity)
      await assert.rejects(
        iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: missing })),
        {
          name: 'NoSuchEntityException',
          message: `Policy ${missing} does not exist or is not attachable.`,
        },
      );
      await assert.rejects(
        iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: 'arn:aws:iam::aws:policy' })),
        {
          name: 'InvalidInputException',
          message: 'ARN arn:aws:iam::aws:policy is not valid.',
        },
      );
      await assert.rejects(
        iam.send(new AttachUserPolicyCommand({ UserName: 'attached', PolicyArn: SERVICE_LINKED })),
        {
          name: 'PolicyNotAttachableException',
        },
      );
      await assert.rejects(
        iam.send(new DetachUserPolicyCommand({ UserName: 'attached', PolicyArn: IAM_READ_ONLY })),
        {
          name: 'NoSuchEntityException',
          message: `Policy ${IAM_READ_ONLY} was not found.`,
        },
      );
      await assert.rejects(
        iam.send(new AttachUserPolicyCommand({ UserName: 'ghost', PolicyArn: READ_ONLY })),
        {
          name: 'NoSuchEntityException',
          message: 'The user with name ghost cannot be found.',
        },
      );
    });

    it('allows at most 10 attached policies per user', async () => {
      await iam.send(new CreateUserCommand({ UserName: 'many' }));
      for (const arn of READ_POLICIES.slice(0, 10)) {
        await iam.send(new AttachUserPolicyCommand({ UserName: 'many', PolicyArn: arn }));
      }
      await assert.rejects(
        iam.send(new AttachUserPolicyCommand({ UserName: 'many', PolicyArn: READ_POLICIES[10] })),
        {
          name: 'LimitExceededException',
          message: 'Cannot exceed quota for PoliciesPerUser: 10',
        },
      );
    });

    it('grants what the attached policy allows on the very next request', async () => {
      const client = await clientFor('reader', allow('sts:GetCallerIdentity'));
      await assert.rejects(client.send(new ListUsersCommand({})), { name: 'AccessDenied' });
      await iam.send(new AttachUserPolicyCommand({ UserName: 'reader', PolicyArn: IAM_READ_ONLY }));
      assert.ok((await client.send(new ListUsersCommand({}))).Users);
    });
  });

  describe('authorization', () => {
    it('authorizes ListUsers on the user path prefix ARN', async () => {
      const client = await clientFor(
        'path-lister',
        allow('iam:ListUsers', `arn:aws:iam::${ACCOUNT}:user/list/*`),
      );
      // Real AWS names `...:user/` as the resource of a denied ListUsers.
      await assert.rejects(client.send(new ListUsersCommand({})), {
        name: 'AccessDenied',
        message: notAllowed(userArn('path-lister'), 'iam:ListUsers', `arn:aws:iam::${ACCOUNT}:user/`),
      });
      const listed = await client.send(new ListUsersCommand({ PathPrefix: '/list/' }));
      assert.equal(listed.Users?.length, 3);
    });

    it('denies before looking up: a missing user gives AccessDenied, not NoSuchEntity', async () => {
      const client = await clientFor('no-rights', allow('sts:GetCallerIdentity'));
      await assert.rejects(client.send(new GetUserCommand({ UserName: 'ghost' })), {
        name: 'AccessDenied',
        message: notAllowed(userArn('no-rights'), 'iam:GetUser', userArn('ghost')),
      });
    });

    it('exposes the user tags as aws:ResourceTag', async () => {
      const client = await clientFor(
        'tag-reader',
        allow('iam:GetUser', '*', { StringEquals: { 'aws:ResourceTag/team': 'blue' } }),
      );
      assert.equal((await client.send(new GetUserCommand({ UserName: 'Alice' }))).User?.UserName, 'Alice');
      await assert.rejects(client.send(new GetUserCommand({ UserName: 'l1' })), { name: 'AccessDenied' });
    });

    it('checks aws:RequestTag on TagUser and CreateUser', async () => {
      const client = await clientFor(
        'tagger',
        allow(['iam:CreateUser', 'iam:TagUser'], '*', { StringEquals: { 'aws:RequestTag/team': 'blue' } }),
      );
      await client.send(
        new CreateUserCommand({ UserName: 'blue-user', Tags: [{ Key: 'team', Value: 'blue' }] }),
      );
      await assert.rejects(
        client.send(new CreateUserCommand({ UserName: 'red-user', Tags: [{ Key: 'team', Value: 'red' }] })),
        { name: 'AccessDenied' },
      );
      await assert.rejects(
        client.send(new TagUserCommand({ UserName: 'blue-user', Tags: [{ Key: 'team', Value: 'red' }] })),
        {
          name: 'AccessDenied',
        },
      );
    });

    it('checks iam:PolicyARN on AttachUserPolicy', async () => {
      const client = await clientFor(
        'attacher',
        allow('iam:AttachUserPolicy', '*', { ArnEquals: { 'iam:PolicyARN': IAM_READ_ONLY } }),
      );
      await client.send(new AttachUserPolicyCommand({ UserName: 'attacher', PolicyArn: IAM_READ_ONLY }));
      await assert.rejects(
        client.send(new AttachUserPolicyCommand({ UserName: 'attacher', PolicyArn: READ_ONLY })),
        {
          name: 'AccessDenied',
          message: notAllowed(userArn('attacher'), 'iam:AttachUserPolicy', userArn('attacher')),
        },
      );
    });

    it('checks iam:PermissionsBoundary on PutUserPermissionsBoundary and CreateUser', async () => {
      const client = await clientFor(
        'delegated-admin',
        allow(['iam:CreateUser', 'iam:PutUserPermissionsBoundary'], '*', {
          StringEquals: { 'iam:PermissionsBoundary': IAM_READ_ONLY },
        }),
      );
      await client.send(new CreateUserCommand({ UserName: 'delegated', PermissionsBoundary: IAM_READ_ONLY }));
      await assert.rejects(client.send(new CreateUserCommand({ UserName: 'unbounded' })), {
        name: 'AccessDenied',
      });
      await assert.rejects(
        client.send(
          new PutUserPermissionsBoundaryCommand({ UserName: 'delegated', PermissionsBoundary: READ_ONLY }),
        ),
        { name: 'AccessDenied' },
      );
    });

    it("checks iam:PermissionsBoundary (the user's boundary) on PutUserPolicy", async () => {
      const client = await clientFor(
        'policy-admin',
        allow('iam:PutUserPolicy', '*', { StringEquals: { 'iam:PermissionsBoundary': IAM_READ_ONLY } }),
      );
      const document = allow('s3:ListAllMyBuckets');
      await client.send(
        new PutUserPolicyCommand({ UserName: 'delegated', PolicyName: 'p', PolicyDocument: document }),
      );
      await assert.rejects(
        client.send(
          new PutUserPolicyCommand({ UserName: 'Alice', PolicyName: 'p', PolicyDocument: document }),
        ),
        { name: 'AccessDenied' },
      );
    });

    it('needs iam:UpdateUser on both the old and the new name', async () => {
      const client = await clientFor('renamer', allow('iam:UpdateUser', userArn('rename-*')));
      await iam.send(new CreateUserCommand({ UserName: 'rename-me' }));
      await client.send(new UpdateUserCommand({ UserName: 'rename-me', NewUserName: 'rename-done' }));
      await assert.rejects(
        client.send(new UpdateUserCommand({ UserName: 'rename-done', NewUserName: 'other' })),
        {
          name: 'AccessDenied',
          message: notAllowed(userArn('renamer'), 'iam:UpdateUser', userArn('other')),
        },
      );
    });
  });
  describe('scenario: a builder user with an access key', () => {
    const builderArn = userArn('builder');
    let builder: IAMClient;

    before(async () => {
      await iam.send(new CreateUserCommand({ UserName: 'builder' }));
      await iam.send(
        new PutUserPolicyCommand({
          UserName: 'builder',
          PolicyName: 'build-only',
          PolicyDocument: allow(['iam:GetUser', 'imagebuilder:*']),
        }),
      );
      const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'builder' }));
      assert.match(key.AccessKey!.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
      builder = server.iam({
        accessKeyId: key.AccessKey!.AccessKeyId!,
        secretAccessKey: key.AccessKey!.SecretAccessKey!,
      });
    });

    it('can GetUser (named or implicit)', async () => {
      assert.equal((await builder.send(new GetUserCommand({ UserName: 'builder' }))).User?.Arn, builderArn);
      assert.equal((await builder.send(new GetUserCommand({}))).User?.UserName, 'builder');
    });

    it("is denied CreateUser with AWS's message", async () => {
      await assert.rejects(builder.send(new CreateUserCommand({ UserName: 'intruder' })), {
        name: 'AccessDenied',
        message: notAllowed(builderArn, 'iam:CreateUser', userArn('intruder')),
      });
      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'intruder' })), {
        name: 'NoSuchEntityException',
      });
    });

    it('a Deny in a group policy overrides the Allow, and leaving the group restores access at once', async () => {
      await iam.send(new CreateGroupCommand({ GroupName: 'no-iam-reads' }));
      await iam.send(
        new PutGroupPolicyCommand({
          GroupName: 'no-iam-reads',
          PolicyName: 'deny-get-user',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'iam:GetUser', Resource: '*' }],
          }),
        }),
      );
      await iam.send(new AddUserToGroupCommand({ GroupName: 'no-iam-reads', UserName: 'builder' }));
      await assert.rejects(builder.send(new GetUserCommand({ UserName: 'builder' })), {
        name: 'AccessDenied',
        message:
          `User: ${builderArn} is not authorized to perform: iam:GetUser on resource: ${builderArn} ` +
          'with an explicit deny in an identity-based policy',
      });
      await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'no-iam-reads', UserName: 'builder' }));
      assert.equal((await builder.send(new GetUserCommand({ UserName: 'builder' }))).User?.Arn, builderArn);
    });
  });
});
