// IAM roles end to end with the AWS SDK: CreateRole (trust policy checks, quotas, principals), GetRole,
// ListRoles, updates, inline and managed policies, tags, boundaries, DeleteRole conflicts, the Image
// Builder guides' role procedures, and authorization of role operations.
// Expected messages: IAM API reference pages and AWS error transcripts cited next to each test.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  ListRoleTagsCommand,
  ListRolesCommand,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  UpdateRoleDescriptionCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';

const trust = (principal: Record<string, string | string[]>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });
const EC2_TRUST = trust({ Service: 'ec2.amazonaws.com' });
const AWS_MANAGED = 'arn:aws:iam::aws:policy/';
const SSM_CORE = `${AWS_MANAGED}AmazonSSMManagedInstanceCore`;
const IB_INSTANCE_PROFILE_POLICY = `${AWS_MANAGED}EC2InstanceProfileForImageBuilder`;
const LIFECYCLE_POLICY = `${AWS_MANAGED}service-role/EC2ImageBuilderLifecycleExecutionPolicy`;
const allow = (action: string | string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
  });

/** A user with the given inline policy and an access key, written straight to the store. */
async function restrictedUser(server: TestServer, name: string, policy: string): Promise<Credentials> {
  const keys = {
    accessKeyId: `AKIA${name.toUpperCase().padEnd(16, 'X').slice(0, 16)}`,
    secretAccessKey: 's',
  };
  const now = new Date().toISOString();
  await server.ibiam.store.write(async (tx) => {
    await tx.put('users', ACCOUNT, name.toLowerCase(), {
      accountId: ACCOUNT,
      name,
      id: `AIDA${name.toUpperCase().padEnd(17, 'X').slice(0, 17)}`,
      path: '/',
      arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
      createDate: now,
      tags: [],
      groups: [],
      attachedPolicies: [],
      inlinePolicies: [{ name: 'test', document: policy }],
    });
    await tx.put('access-keys', ACCOUNT, keys.accessKeyId, {
      ...keys,
      accountId: ACCOUNT,
      userName: name,
      status: 'Active',
      createDate: now,
    });
  });
  return keys;
}

describe('IAM roles', () => {
  let server: TestServer;
  let iam: IAMClient;
  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  describe('CreateRole and GetRole', () => {
    it('creates a role and returns it with its trust policy URL-encoded', async () => {
      const created = await iam.send(
        new CreateRoleCommand({
          RoleName: 'BuildRole',
          Path: '/ib/',
          AssumeRolePolicyDocument: EC2_TRUST,
          Description: 'build instances',
        }),
      );
      const role = created.Role!;
      assert.equal(role.RoleName, 'BuildRole');
      assert.equal(role.Path, '/ib/');
      assert.equal(role.Arn, `arn:aws:iam::${ACCOUNT}:role/ib/BuildRole`);
      assert.match(role.RoleId ?? '', /^AROA[A-Z2-7]{17}$/);
      assert.ok(role.CreateDate instanceof Date);
      assert.equal(role.AssumeRolePolicyDocument, encodeURIComponent(EC2_TRUST));
      assert.equal(role.Description, 'build instances');
    });

    it('GetRole answers case-insensitively with defaults and an empty RoleLastUsed', async () => {
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: 'buildrole' }));
      assert.equal(role?.RoleName, 'BuildRole');
      assert.equal(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''), EC2_TRUST);
      assert.equal(role?.MaxSessionDuration, 3600);
      assert.equal(role?.PermissionsBoundary, undefined);
      assert.deepEqual(role?.RoleLastUsed, {});
    });

    it('keeps MaxSessionDuration, the boundary and tags', async () => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'LongRole',
          AssumeRolePolicyDocument: EC2_TRUST,
          MaxSessionDuration: 43200,
          PermissionsBoundary: SSM_CORE,
          Tags: [{ Key: 'team', Value: 'images' }],
        }),
      );
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: 'LongRole' }));
      assert.equal(role?.MaxSessionDuration, 43200);
      assert.equal(role?.PermissionsBoundary?.PermissionsBoundaryArn, SSM_CORE);
      assert.deepEqual(role?.Tags, [{ Key: 'team', Value: 'images' }]);
    });

    it('refuses a second role with the same name in any case', async () => {
      await assert.rejects(
        iam.send(new CreateRoleCommand({ RoleName: 'BUILDROLE', AssumeRolePolicyDocument: EC2_TRUST })),
        { name: 'EntityAlreadyExistsException', message: 'Role with name BUILDROLE already exists.' },
      );
    });

    it('reports a missing role as NoSuchEntity', async () => {
      await assert.rejects(iam.send(new GetRoleCommand({ RoleName: 'Nope' })), {
        name: 'NoSuchEntityException',
        message: 'The role with name Nope cannot be found.',
      });
    });

    it('validates MaxSessionDuration (3600-43200) and the role name', async () => {
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({
            RoleName: 'Short',
            AssumeRolePolicyDocument: EC2_TRUST,
            MaxSessionDuration: 100,
          }),
        ),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
        },
      );
      await assert.rejects(
        iam.send(new CreateRoleCommand({ RoleName: 'bad name', AssumeRolePolicyDocument: EC2_TRUST })),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        },
      );
    });

    it('refuses a path that does not begin and end with a slash', async () => {
      // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (Path pattern)
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({ RoleName: 'Pathless', Path: '/team', AssumeRolePolicyDocument: EC2_TRUST }),
        ),
        {
          name: 'ValidationError',
          message:
            "1 validation error detected: Value '/team' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
        },
      );
    });

    it('refuses a trust policy that is not JSON or not a trust policy', async () => {
      await assert.rejects(
        iam.send(new CreateRoleCommand({ RoleName: 'Broken', AssumeRolePolicyDocument: '{"Version":' })),
        { name: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.' },
      );
      const withResource = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Resource: '*',
          },
        ],
      });
      await assert.rejects(
        iam.send(new CreateRoleCommand({ RoleName: 'Broken', AssumeRolePolicyDocument: withResource })),
        { name: 'MalformedPolicyDocumentException' },
      );
    });

    it('enforces the 2,048-character trust policy quota (ACLSizePerRole)', async () => {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
      const services = Array.from({ length: 120 }, (_, i) => `service${i}.amazonaws.com`);
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({ RoleName: 'Big', AssumeRolePolicyDocument: trust({ Service: services }) }),
        ),
        { name: 'LimitExceededException', message: 'Cannot exceed quota for ACLSizePerRole: 2048' },
      );
    });

    it('refuses same-account principals that do not exist, accepts those that do', async () => {
      // IAM resolves principal ARNs to unique ids; an unknown one is `Invalid principal in policy`.
      const missing = `arn:aws:iam::${ACCOUNT}:role/Missing`;
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({ RoleName: 'Trusting', AssumeRolePolicyDocument: trust({ AWS: missing }) }),
        ),
        {
          name: 'MalformedPolicyDocumentException',
          message: `Invalid principal in policy: "AWS":"${missing}"`,
        },
      );
      const wrongPath = `arn:aws:iam::${ACCOUNT}:role/BuildRole`; // BuildRole lives at /ib/
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({
            RoleName: 'Trusting',
            AssumeRolePolicyDocument: trust({ AWS: wrongPath }),
          }),
        ),
        { name: 'MalformedPolicyDocumentException' },
      );
      const existing = [
        `arn:aws:iam::${ACCOUNT}:role/ib/BuildRole`,
        `arn:aws:iam::${ACCOUNT}:root`,
        '210987654321',
      ];
      const created = await iam.send(
        new CreateRoleCommand({ RoleName: 'Trusting', AssumeRolePolicyDocument: trust({ AWS: existing }) }),
      );
      assert.equal(created.Role?.RoleName, 'Trusting');
    });

    it('refuses a permissions boundary that does not exist', async () => {
      const arn = `arn:aws:iam::${ACCOUNT}:policy/NoSuchBoundary`;
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({
            RoleName: 'Bounded',
            AssumeRolePolicyDocument: EC2_TRUST,
            PermissionsBoundary: arn,
          }),
        ),
        { name: 'NoSuchEntityException', message: `Policy ${arn} does not exist or is not attachable.` },
      );
    });

    it('refuses reserved tag keys', async () => {
      await assert.rejects(
        iam.send(
          new CreateRoleCommand({
            RoleName: 'Tagged',
            AssumeRolePolicyDocument: EC2_TRUST,
            Tags: [{ Key: 'aws:owner', Value: 'x' }],
          }),
        ),
        { name: 'InvalidInputException' },
      );
    });
  });

  describe('ListRoles', () => {
    it('filters by path prefix and leaves out tags, boundary and RoleLastUsed', async () => {
      const listed = await iam.send(new ListRolesCommand({ PathPrefix: '/ib/' }));
      assert.deepEqual(
        listed.Roles?.map((r) => r.RoleName),
        ['BuildRole'],
      );
      assert.equal(listed.IsTruncated, false);
      const all = await iam.send(new ListRolesCommand({}));
      const long = all.Roles?.find((r) => r.RoleName === 'LongRole');
      assert.equal(long?.MaxSessionDuration, 43200);
      assert.equal(long?.Tags, undefined);
      assert.equal(long?.PermissionsBoundary, undefined);
      assert.equal(long?.RoleLastUsed, undefined);
    });

    it('paginates with MaxItems and Marker', async () => {
      const first = await iam.send(new ListRolesCommand({ MaxItems: 2 }));
      assert.equal(first.Roles?.length, 2);
      assert.equal(first.IsTruncated, true);
      const rest = await iam.send(new ListRolesCommand({ MaxItems: 100, Marker: first.Marker! }));
      const names = [...first.Roles!, ...rest.Roles!].map((r) => r.RoleName);
      assert.equal(new Set(names).size, names.length);
      const all = await iam.send(new ListRolesCommand({}));
      assert.equal(names.length, all.Roles?.length);
    });
  });

  describe('updates', () => {
    it('UpdateRole changes the description and maximum session duration', async () => {
      await iam.send(
        new UpdateRoleCommand({ RoleName: 'BuildRole', Description: 'new', MaxSessionDuration: 7200 }),
      );
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: 'BuildRole' }));
      assert.equal(role?.Description, 'new');
      assert.equal(role?.MaxSessionDuration, 7200);
      await assert.rejects(
        iam.send(new UpdateRoleCommand({ RoleName: 'BuildRole', MaxSessionDuration: 50000 })),
        { name: 'ValidationError' },
      );
      await assert.rejects(iam.send(new UpdateRoleCommand({ RoleName: 'Nope', Description: 'x' })), {
        name: 'NoSuchEntityException',
      });
    });

    it('UpdateRoleDescription returns the updated role', async () => {
      const { Role: role } = await iam.send(
        new UpdateRoleDescriptionCommand({ RoleName: 'BuildRole', Description: 'builds images' }),
      );
      assert.equal(role?.Description, 'builds images');
      assert.equal(role?.Arn, `arn:aws:iam::${ACCOUNT}:role/ib/BuildRole`);
    });

    it('UpdateAssumeRolePolicy replaces the trust policy with the same checks as CreateRole', async () => {
      const document = trust({ Service: ['ec2.amazonaws.com', 'ssm.amazonaws.com'] });
      await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'BuildRole', PolicyDocument: document }));
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: 'BuildRole' }));
      assert.equal(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''), document);
      const missing = `arn:aws:iam::${ACCOUNT}:user/ghost`;
      await assert.rejects(
        iam.send(
          new UpdateAssumeRolePolicyCommand({
            RoleName: 'BuildRole',
            PolicyDocument: trust({ AWS: missing }),
          }),
        ),
        {
          name: 'MalformedPolicyDocumentException',
          message: `Invalid principal in policy: "AWS":"${missing}"`,
        },
      );
    });
  });

  describe('inline policies', () => {
    const document = allow('s3:GetObject', 'arn:aws:s3:::bucket/*');

    it('puts, gets, lists and deletes an inline policy', async () => {
      await iam.send(
        new PutRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'logs', PolicyDocument: document }),
      );
      const got = await iam.send(new GetRolePolicyCommand({ RoleName: 'buildrole', PolicyName: 'logs' }));
      assert.equal(got.RoleName, 'BuildRole');
      assert.equal(got.PolicyName, 'logs');
      assert.equal(got.PolicyDocument, encodeURIComponent(document));
      const listed = await iam.send(new ListRolePoliciesCommand({ RoleName: 'BuildRole' }));
      assert.deepEqual(listed.PolicyNames, ['logs']);
      await iam.send(new DeleteRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'logs' }));
      const empty = await iam.send(new ListRolePoliciesCommand({ RoleName: 'BuildRole' }));
      assert.deepEqual(empty.PolicyNames ?? [], []);
    });

    it('reports a missing inline policy', async () => {
      await assert.rejects(
        iam.send(new GetRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'none' })),
        {
          name: 'NoSuchEntityException',
          message: 'The role policy with name none cannot be found.',
        },
      );
      await assert.rejects(
        iam.send(new DeleteRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'none' })),
        {
          name: 'NoSuchEntityException',
        },
      );
    });

    it('checks the document as an identity policy and the 10,240-character role quota', async () => {
      await assert.rejects(
        iam.send(new PutRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'bad', PolicyDocument: '{' })),
        { name: 'MalformedPolicyDocumentException' },
      );
      const big = allow(Array.from({ length: 900 }, (_, i) => `s3:Action${i}`));
      await assert.rejects(
        iam.send(new PutRolePolicyCommand({ RoleName: 'BuildRole', PolicyName: 'big', PolicyDocument: big })),
        {
          name: 'LimitExceededException',
          message: 'Maximum policy size of 10240 bytes exceeded for role BuildRole',
        },
      );
    });
  });

  describe('managed policies', () => {
    it('attaches, lists (with PathPrefix) and detaches managed policies', async () => {
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: SSM_CORE }));
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: LIFECYCLE_POLICY }));
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: SSM_CORE })); // no-op
      const all = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'BuildRole' }));
      assert.deepEqual(all.AttachedPolicies, [
        { PolicyName: 'AmazonSSMManagedInstanceCore', PolicyArn: SSM_CORE },
        { PolicyName: 'EC2ImageBuilderLifecycleExecutionPolicy', PolicyArn: LIFECYCLE_POLICY },
      ]);
      const serviceRole = await iam.send(
        new ListAttachedRolePoliciesCommand({ RoleName: 'BuildRole', PathPrefix: '/service-role/' }),
      );
      assert.deepEqual(
        serviceRole.AttachedPolicies?.map((p) => p.PolicyName),
        ['EC2ImageBuilderLifecycleExecutionPolicy'],
      );
      await iam.send(new DetachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: LIFECYCLE_POLICY }));
      await assert.rejects(
        iam.send(new DetachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: LIFECYCLE_POLICY })),
        { name: 'NoSuchEntityException', message: `Policy ${LIFECYCLE_POLICY} was not found.` },
      );
    });

    it('refuses policies that do not exist and service role policies', async () => {
      const missing = `${AWS_MANAGED}NotAPolicy`;
      await assert.rejects(
        iam.send(new AttachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: missing })),
        {
          name: 'NoSuchEntityException',
          message: `Policy ${missing} does not exist or is not attachable.`,
        },
      );
      // aws/aws-cdk#6131: PolicyNotAttachable for an aws-service-role policy on a customer role.
      const serviceRolePolicy = `${AWS_MANAGED}aws-service-role/AWSServiceRoleForImageBuilder`;
      await assert.rejects(
        iam.send(new AttachRolePolicyCommand({ RoleName: 'BuildRole', PolicyArn: serviceRolePolicy })),
        {
          name: 'PolicyNotAttachableException',
          message: 'Cannot attach a Service Role Policy to a Customer Role.',
        },
      );
    });

    it('allows at most 10 attached policies per role', async () => {
      await iam.send(new CreateRoleCommand({ RoleName: 'Crowded', AssumeRolePolicyDocument: EC2_TRUST }));
      const names = [
        'ReadOnlyAccess',
        'AmazonS3ReadOnlyAccess',
        'AmazonEC2ReadOnlyAccess',
        'IAMReadOnlyAccess',
        'AmazonSSMReadOnlyAccess',
        'CloudWatchReadOnlyAccess',
        'AmazonVPCReadOnlyAccess',
        'AWSCloudTrail_ReadOnlyAccess',
        'AmazonSNSReadOnlyAccess',
        'AmazonSQSReadOnlyAccess',
      ];
      for (const name of names) {
        await iam.send(
          new AttachRolePolicyCommand({ RoleName: 'Crowded', PolicyArn: `${AWS_MANAGED}${name}` }),
        );
      }
      await assert.rejects(
        iam.send(new AttachRolePolicyCommand({ RoleName: 'Crowded', PolicyArn: SSM_CORE })),
        {
          name: 'LimitExceededException',
          message: 'Cannot exceed quota for PoliciesPerRole: 10',
        },
      );
    });
  });

  describe('tags and permissions boundary', () => {
    it('tags, lists and untags a role (keys case-insensitive)', async () => {
      await iam.send(
        new TagRoleCommand({
          RoleName: 'BuildRole',
          Tags: [
            { Key: 'env', Value: 'dev' },
            { Key: 'owner', Value: 'me' },
          ],
        }),
      );
      await iam.send(new TagRoleCommand({ RoleName: 'BuildRole', Tags: [{ Key: 'ENV', Value: 'prod' }] }));
      const tags = await iam.send(new ListRoleTagsCommand({ RoleName: 'BuildRole' }));
      assert.deepEqual(tags.Tags, [
        { Key: 'owner', Value: 'me' },
        { Key: 'ENV', Value: 'prod' },
      ]);
      const page = await iam.send(new ListRoleTagsCommand({ RoleName: 'BuildRole', MaxItems: 1 }));
      assert.equal(page.IsTruncated, true);
      await iam.send(new UntagRoleCommand({ RoleName: 'BuildRole', TagKeys: ['env', 'owner', 'absent'] }));
      const none = await iam.send(new ListRoleTagsCommand({ RoleName: 'BuildRole' }));
      assert.deepEqual(none.Tags ?? [], []);
      await assert.rejects(
        iam.send(new TagRoleCommand({ RoleName: 'Nope', Tags: [{ Key: 'a', Value: 'b' }] })),
        {
          name: 'NoSuchEntityException',
        },
      );
    });

    it('puts and deletes a permissions boundary', async () => {
      await iam.send(
        new PutRolePermissionsBoundaryCommand({ RoleName: 'BuildRole', PermissionsBoundary: SSM_CORE }),
      );
      const bounded = await iam.send(new GetRoleCommand({ RoleName: 'BuildRole' }));
      assert.equal(bounded.Role?.PermissionsBoundary?.PermissionsBoundaryArn, SSM_CORE);
      await iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: 'BuildRole' }));
      const free = await iam.send(new GetRoleCommand({ RoleName: 'BuildRole' }));
      assert.equal(free.Role?.PermissionsBoundary, undefined);
      const missing = `arn:aws:iam::${ACCOUNT}:policy/Nothing`;
      await assert.rejects(
        iam.send(
          new PutRolePermissionsBoundaryCommand({ RoleName: 'BuildRole', PermissionsBoundary: missing }),
        ),
        { name: 'NoSuchEntityException' },
      );
    });
  });

  describe('DeleteRole', () => {
    it('refuses while the role is in an instance profile, has managed or inline policies', async () => {
      // Messages: AWS CLI transcripts (aws-spec-digest §3.6; 99designs/iamy#68).
      await iam.send(new CreateRoleCommand({ RoleName: 'Doomed', AssumeRolePolicyDocument: EC2_TRUST }));
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'DoomedProfile' }));
      await iam.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'DoomedProfile', RoleName: 'Doomed' }),
      );
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'Doomed', PolicyArn: SSM_CORE }));
      await iam.send(
        new PutRolePolicyCommand({ RoleName: 'Doomed', PolicyName: 'p', PolicyDocument: allow('s3:*') }),
      );
      const conflict = (message: string) => ({ name: 'DeleteConflictException', message });
      await assert.rejects(
        iam.send(new DeleteRoleCommand({ RoleName: 'Doomed' })),
        conflict('Cannot delete entity, must remove roles from instance profile first.'),
      );
      await iam.send(
        new RemoveRoleFromInstanceProfileCommand({
          InstanceProfileName: 'DoomedProfile',
          RoleName: 'Doomed',
        }),
      );
      await assert.rejects(
        iam.send(new DeleteRoleCommand({ RoleName: 'Doomed' })),
        conflict('Cannot delete entity, must detach all policies first.'),
      );
      await iam.send(new DetachRolePolicyCommand({ RoleName: 'Doomed', PolicyArn: SSM_CORE }));
      await assert.rejects(
        iam.send(new DeleteRoleCommand({ RoleName: 'Doomed' })),
        conflict('Cannot delete entity, must delete policies first.'),
      );
      await iam.send(new DeleteRolePolicyCommand({ RoleName: 'Doomed', PolicyName: 'p' }));
      await iam.send(new DeleteRoleCommand({ RoleName: 'DOOMED' }));
      await assert.rejects(iam.send(new GetRoleCommand({ RoleName: 'Doomed' })), {
        name: 'NoSuchEntityException',
      });
      await assert.rejects(iam.send(new DeleteRoleCommand({ RoleName: 'Doomed' })), {
        name: 'NoSuchEntityException',
        message: 'The role with name Doomed cannot be found.',
      });
    });
  });

  describe("the Image Builder guides' role procedures", () => {
    const SEED_TRUST = trust({ Service: ['ssm.amazonaws.com', 'ec2.amazonaws.com'] });

    it('instance profile role: trust for EC2 and SSM, the permissions policy, the required managed policies', async () => {
      // seeds 000 (InstanceRoleTrustPolicy, InstanceRolePermissionsPolicy) and 001 (the two managed policies).
      await iam.send(
        new CreateRoleCommand({ RoleName: 'MyInstanceRole', AssumeRolePolicyDocument: SEED_TRUST }),
      );
      const permissions = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Action: ['ssm:DescribeAssociation', 'ssm:GetDocument', 'ssm:UpdateInstanceInformation'],
            Resource: '*',
            Effect: 'Allow',
          },
          { Action: ['ec2messages:GetMessages', 'ec2messages:SendReply'], Resource: '*', Effect: 'Allow' },
          { Action: ['ec2:DescribeInstanceStatus'], Resource: '*', Effect: 'Allow' },
          {
            Action: ['s3:GetObject', 's3:PutObject'],
            Resource: 'arn:aws:s3:::awsexamplebucket/*',
            Effect: 'Allow',
          },
        ],
      });
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'MyInstanceRole',
          PolicyName: 'MyInstanceRolePolicy',
          PolicyDocument: permissions,
        }),
      );
      await iam.send(
        new AttachRolePolicyCommand({ RoleName: 'MyInstanceRole', PolicyArn: IB_INSTANCE_PROFILE_POLICY }),
      );
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'MyInstanceRole', PolicyArn: SSM_CORE }));
      const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'MyInstanceRole' }));
      assert.deepEqual(
        attached.AttachedPolicies?.map((p) => p.PolicyName),
        ['EC2InstanceProfileForImageBuilder', 'AmazonSSMManagedInstanceCore'],
      );
      const inline = await iam.send(new ListRolePoliciesCommand({ RoleName: 'MyInstanceRole' }));
      assert.deepEqual(inline.PolicyNames, ['MyInstanceRolePolicy']);
    });

    it("automation role: the guide's policy as printed (no opening brace) is refused, corrected it is kept", async () => {
      await iam.send(
        new CreateRoleCommand({ RoleName: 'MyAutomationRole', AssumeRolePolicyDocument: SEED_TRUST }),
      );
      const statements = [
        { Action: ['ssm:*'], Resource: ['*'], Effect: 'Allow' },
        {
          Action: ['ec2:CreateImage', 'ec2:RunInstances', 'ec2:CreateTags'],
          Resource: ['*'],
          Effect: 'Allow',
        },
        {
          Action: ['iam:PassRole'],
          Resource: [`arn:aws:iam::${ACCOUNT}:role/MyInstanceRole`],
          Effect: 'Allow',
        },
      ];
      const corrected = JSON.stringify({ Version: '2012-10-17', Statement: statements });
      const asPrinted = corrected.slice(1); // seed 000 prints the document without its first `{`
      await assert.rejects(
        iam.send(
          new PutRolePolicyCommand({
            RoleName: 'MyAutomationRole',
            PolicyName: 'auto',
            PolicyDocument: asPrinted,
          }),
        ),
        { name: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.' },
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'MyAutomationRole',
          PolicyName: 'auto',
          PolicyDocument: corrected,
        }),
      );
    });

    it('lifecycle execution role trusting imagebuilder.amazonaws.com', async () => {
      const lifecycleTrust = trust({ Service: ['imagebuilder.amazonaws.com'] });
      await iam.send(
        new CreateRoleCommand({ RoleName: 'ImageLifecycleRole', AssumeRolePolicyDocument: lifecycleTrust }),
      );
      await iam.send(
        new AttachRolePolicyCommand({ RoleName: 'ImageLifecycleRole', PolicyArn: LIFECYCLE_POLICY }),
      );
      const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: 'ImageLifecycleRole' }));
      assert.equal(decodeURIComponent(role?.AssumeRolePolicyDocument ?? ''), lifecycleTrust);
      const attached = await iam.send(
        new ListAttachedRolePoliciesCommand({ RoleName: 'ImageLifecycleRole' }),
      );
      assert.deepEqual(attached.AttachedPolicies, [
        { PolicyName: 'EC2ImageBuilderLifecycleExecutionPolicy', PolicyArn: LIFECYCLE_POLICY },
      ]);
    });
  });

  describe('authorization', () => {
    const denied = (user: string, action: string, resource: string) =>
      `User: arn:aws:iam::${ACCOUNT}:user/${user} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

    it('a user allowed iam:CreateRole only under /ib/ is denied another path', async () => {
      const keys = await restrictedUser(
        server,
        'pathuser',
        allow('iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role/ib/*`),
      );
      const client = server.iam(keys);
      const ok = await client.send(
        new CreateRoleCommand({ RoleName: 'ScopedRole', Path: '/ib/', AssumeRolePolicyDocument: EC2_TRUST }),
      );
      assert.equal(ok.Role?.Arn, `arn:aws:iam::${ACCOUNT}:role/ib/ScopedRole`);
      await assert.rejects(
        client.send(new CreateRoleCommand({ RoleName: 'OtherRole', AssumeRolePolicyDocument: EC2_TRUST })),
        {
          name: 'AccessDenied',
          message: denied('pathuser', 'iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role/OtherRole`),
        },
      );
      // Tagging on create also needs iam:TagRole.
      await assert.rejects(
        client.send(
          new CreateRoleCommand({
            RoleName: 'TaggedScoped',
            Path: '/ib/',
            AssumeRolePolicyDocument: EC2_TRUST,
            Tags: [{ Key: 'a', Value: 'b' }],
          }),
        ),
        {
          name: 'AccessDenied',
          message: denied('pathuser', 'iam:TagRole', `arn:aws:iam::${ACCOUNT}:role/ib/TaggedScoped`),
        },
      );
      // Denied before the lookup: no NoSuchEntity leaks to a caller without permission.
      await assert.rejects(client.send(new GetRoleCommand({ RoleName: 'Ghost' })), {
        name: 'AccessDenied',
        message: denied('pathuser', 'iam:GetRole', `arn:aws:iam::${ACCOUNT}:role/Ghost`),
      });
      await assert.rejects(client.send(new ListRolesCommand({})), {
        name: 'AccessDenied',
        message: denied('pathuser', 'iam:ListRoles', `arn:aws:iam::${ACCOUNT}:role/`),
      });
    });

    it('a Deny on iam:DeleteRole for aws:ResourceTag/protected=true blocks deleting a tagged role', async () => {
      const policy = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:*', Resource: `arn:aws:iam::${ACCOUNT}:role/*` },
          {
            Effect: 'Deny',
            Action: 'iam:DeleteRole',
            Resource: '*',
            Condition: { StringEquals: { 'aws:ResourceTag/protected': 'true' } },
          },
        ],
      });
      const client = server.iam(await restrictedUser(server, 'taguser', policy));
      await client.send(
        new CreateRoleCommand({
          RoleName: 'Guarded',
          AssumeRolePolicyDocument: EC2_TRUST,
          Tags: [{ Key: 'protected', Value: 'true' }],
        }),
      );
      await client.send(
        new CreateRoleCommand({ RoleName: 'Unguarded', AssumeRolePolicyDocument: EC2_TRUST }),
      );
      await assert.rejects(client.send(new DeleteRoleCommand({ RoleName: 'Guarded' })), {
        name: 'AccessDenied',
        message: `User: arn:aws:iam::${ACCOUNT}:user/taguser is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::${ACCOUNT}:role/Guarded with an explicit deny in an identity-based policy`,
      });
      await client.send(new DeleteRoleCommand({ RoleName: 'Unguarded' }));
      await client.send(new UntagRoleCommand({ RoleName: 'Guarded', TagKeys: ['protected'] }));
      await client.send(new DeleteRoleCommand({ RoleName: 'Guarded' }));
    });

    it('iam:PolicyARN limits which managed policies a user may attach', async () => {
      const policy = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:AttachRolePolicy',
            Resource: '*',
            Condition: { ArnEquals: { 'iam:PolicyARN': SSM_CORE } },
          },
        ],
      });
      const client = server.iam(await restrictedUser(server, 'attacher', policy));
      await client.send(new AttachRolePolicyCommand({ RoleName: 'Trusting', PolicyArn: SSM_CORE }));
      await assert.rejects(
        client.send(new AttachRolePolicyCommand({ RoleName: 'Trusting', PolicyArn: LIFECYCLE_POLICY })),
        { name: 'AccessDenied' },
      );
    });
  });
});
