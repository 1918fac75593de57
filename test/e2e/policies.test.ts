// Managed policies through the AWS SDK: customer managed policies with their versions and tags, the AWS
// managed policies of the catalogue (readable, immutable), usage counts computed from the account's
// users, groups and roles, and the default version deciding what an attached user may do.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html (and the other operations)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeletePolicyCommand,
  DeletePolicyVersionCommand,
  DetachGroupPolicyCommand,
  DetachRolePolicyCommand,
  DetachUserPolicyCommand,
  DeleteUserPermissionsBoundaryCommand,
  GetAccountSummaryCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListEntitiesForPolicyCommand,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListPolicyVersionsCommand,
  PutUserPermissionsBoundaryCommand,
  SetDefaultPolicyVersionCommand,
  TagPolicyCommand,
  UntagPolicyCommand,
  type IAMClient,
  type Policy,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import {
  allowPolicy,
  createUserWithKey,
  decodeDocument,
  policyText,
  rejection,
} from './support/iam-helpers.js';

const policyArn = (name: string, path = '/') => `arn:aws:iam::${ACCOUNT}:policy${path}${name}`;
const AWS = 'arn:aws:iam::aws:policy/';
const TRUST_EC2 = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** The Image Builder seeds' AWS managed policies with their real ARNs (and so their paths). */
const SEED_POLICIES: readonly [string, string][] = [
  ['AWSImageBuilderFullAccess', `${AWS}AWSImageBuilderFullAccess`],
  ['AWSImageBuilderReadOnlyAccess', `${AWS}AWSImageBuilderReadOnlyAccess`],
  ['AWSServiceRoleForImageBuilder', `${AWS}aws-service-role/AWSServiceRoleForImageBuilder`],
  ['Ec2ImageBuilderCrossAccountDistributionAccess', `${AWS}Ec2ImageBuilderCrossAccountDistributionAccess`],
  ['EC2InstanceProfileForImageBuilder', `${AWS}EC2InstanceProfileForImageBuilder`],
  [
    'EC2InstanceProfileForImageBuilderECRContainerBuilds',
    `${AWS}EC2InstanceProfileForImageBuilderECRContainerBuilds`,
  ],
  ['EC2ImageBuilderLifecycleExecutionPolicy', `${AWS}service-role/EC2ImageBuilderLifecycleExecutionPolicy`],
  ['AmazonSSMManagedInstanceCore', `${AWS}AmazonSSMManagedInstanceCore`],
  ['AWSMarketplaceFullAccess', `${AWS}AWSMarketplaceFullAccess`],
  ['AWSMarketplaceRead-only', `${AWS}AWSMarketplaceRead-only`],
];

/** Every page of ListPolicies. */
async function allPolicies(
  iam: IAMClient,
  input: ConstructorParameters<typeof ListPoliciesCommand>[0],
): Promise<Policy[]> {
  const out: Policy[] = [];
  let marker: string | undefined;
  do {
    const page = await iam.send(new ListPoliciesCommand({ ...input, ...(marker ? { Marker: marker } : {}) }));
    out.push(...(page.Policies ?? []));
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return out;
}

describe('managed policies', () => {
  let server: TestServer;
  let root: IAMClient;

  before(async () => {
    server = await startTestServer();
    root = server.iam();
  });
  after(() => server.stop());

  describe('CreatePolicy', () => {
    it('creates a customer managed policy with v1 as its default version', async () => {
      const out = await root.send(
        new CreatePolicyCommand({
          PolicyName: 'BuildReaders',
          Path: '/team/',
          PolicyDocument: allowPolicy('imagebuilder:Get*'),
          Description: 'Reads Image Builder resources',
          Tags: [{ Key: 'owner', Value: 'platform' }],
        }),
      );
      const policy = out.Policy!;
      assert.equal(policy.PolicyName, 'BuildReaders');
      assert.equal(policy.Arn, policyArn('BuildReaders', '/team/'));
      assert.equal(policy.Path, '/team/');
      assert.match(policy.PolicyId ?? '', /^ANPA[A-Z2-7]{17}$/);
      assert.equal(policy.DefaultVersionId, 'v1');
      assert.equal(policy.AttachmentCount, 0);
      assert.equal(policy.PermissionsBoundaryUsageCount, 0);
      assert.equal(policy.IsAttachable, true);
      assert.deepEqual(policy.Tags, [{ Key: 'owner', Value: 'platform' }]);
      assert.ok(policy.CreateDate instanceof Date);
    });

    it('refuses a second policy with the same name, whatever its case', async () => {
      const error = await rejection(
        root.send(
          new CreatePolicyCommand({ PolicyName: 'buildreaders', PolicyDocument: allowPolicy('s3:*') }),
        ),
      );
      assert.equal(error.name, 'EntityAlreadyExistsException');
      assert.equal(
        error.message,
        'A policy called buildreaders already exists. Duplicate names are not allowed.',
      );
      assert.equal(error.$metadata?.httpStatusCode, 409);
    });

    it('rejects a document that is not JSON with MalformedPolicyDocument', async () => {
      const error = await rejection(
        root.send(new CreatePolicyCommand({ PolicyName: 'Broken', PolicyDocument: '{"Version":' })),
      );
      assert.equal(error.name, 'MalformedPolicyDocumentException');
      assert.equal(error.message, 'Syntax errors in policy.');
    });

    it('rejects a statement without Resource with MalformedPolicyDocument', async () => {
      const document = policyText({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:*' }],
      });
      const error = await rejection(
        root.send(new CreatePolicyCommand({ PolicyName: 'NoResource', PolicyDocument: document })),
      );
      assert.equal(error.name, 'MalformedPolicyDocumentException');
    });

    it('enforces the 6,144-character PolicySize quota, whitespace not counted', async () => {
      const resources = (count: number) =>
        Array.from({ length: count }, (_, i) => `arn:aws:s3:::bucket-${i}/*`);
      // Each resource is 27-28 characters with its quotes and comma; 250 of them exceed 6,144.
      const big = allowPolicy('s3:GetObject', resources(250));
      const error = await rejection(
        root.send(new CreatePolicyCommand({ PolicyName: 'Big', PolicyDocument: big })),
      );
      assert.equal(error.name, 'LimitExceededException');
      assert.equal(error.message, 'Cannot exceed quota for PolicySize: 6144');
      // The same number of characters spread with whitespace is within the quota when the non-whitespace fits.
      const spaced = JSON.stringify(JSON.parse(allowPolicy('s3:GetObject', resources(150))), null, 8);
      assert.ok(spaced.length > 6144);
      await root.send(new CreatePolicyCommand({ PolicyName: 'Spaced', PolicyDocument: spaced }));
    });

    it('validates the policy path', async () => {
      const error = await rejection(
        root.send(
          new CreatePolicyCommand({
            PolicyName: 'BadPath',
            Path: 'team',
            PolicyDocument: allowPolicy('s3:*'),
          }),
        ),
      );
      assert.equal(error.name, 'ValidationError');
      assert.match(error.message, /Value 'team' at 'path' failed to satisfy constraint/);
    });
  });

  describe('GetPolicy and usage counts', () => {
    it('reads a policy with its description and tags', async () => {
      const out = await root.send(new GetPolicyCommand({ PolicyArn: policyArn('BuildReaders', '/team/') }));
      assert.equal(out.Policy?.Description, 'Reads Image Builder resources');
      assert.deepEqual(out.Policy?.Tags, [{ Key: 'owner', Value: 'platform' }]);
    });

    it('counts attachments to users, groups and roles and uses as a permissions boundary', async () => {
      const arn = (
        await root.send(
          new CreatePolicyCommand({ PolicyName: 'Counted', PolicyDocument: allowPolicy('s3:*') }),
        )
      ).Policy!.Arn!;
      await root.send(new CreateUserCommand({ UserName: 'count-user' }));
      await root.send(new CreateGroupCommand({ GroupName: 'count-group' }));
      await root.send(new CreateRoleCommand({ RoleName: 'count-role', AssumeRolePolicyDocument: TRUST_EC2 }));
      await root.send(new AttachUserPolicyCommand({ UserName: 'count-user', PolicyArn: arn }));
      await root.send(new AttachGroupPolicyCommand({ GroupName: 'count-group', PolicyArn: arn }));
      await root.send(new AttachRolePolicyCommand({ RoleName: 'count-role', PolicyArn: arn }));
      await root.send(
        new PutUserPermissionsBoundaryCommand({ UserName: 'count-user', PermissionsBoundary: arn }),
      );
      let policy = (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!;
      assert.equal(policy.AttachmentCount, 3);
      assert.equal(policy.PermissionsBoundaryUsageCount, 1);

      const error = await rejection(root.send(new DeletePolicyCommand({ PolicyArn: arn })));
      assert.equal(error.name, 'DeleteConflictException');
      assert.equal(error.message, 'Cannot delete a policy attached to entities.');

      await root.send(new DetachUserPolicyCommand({ UserName: 'count-user', PolicyArn: arn }));
      await root.send(new DetachGroupPolicyCommand({ GroupName: 'count-group', PolicyArn: arn }));
      await root.send(new DetachRolePolicyCommand({ RoleName: 'count-role', PolicyArn: arn }));
      policy = (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!;
      assert.equal(policy.AttachmentCount, 0);
      assert.equal(policy.PermissionsBoundaryUsageCount, 1);
      // Still a permissions boundary: still in use.
      const stillUsed = await rejection(root.send(new DeletePolicyCommand({ PolicyArn: arn })));
      assert.equal(stillUsed.name, 'DeleteConflictException');
      await root.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'count-user' }));
      await root.send(new DeletePolicyCommand({ PolicyArn: arn }));
      const gone = await rejection(root.send(new GetPolicyCommand({ PolicyArn: arn })));
      assert.equal(gone.name, 'NoSuchEntityException');
      assert.equal(gone.message, `Policy ${arn} was not found.`);
    });

    it('answers NoSuchEntity for a policy that does not exist and InvalidInput for a bad ARN', async () => {
      const missing = await rejection(root.send(new GetPolicyCommand({ PolicyArn: policyArn('Nope') })));
      assert.equal(missing.name, 'NoSuchEntityException');
      assert.equal(missing.message, `Policy ${policyArn('Nope')} was not found.`);
      assert.equal(missing.$metadata?.httpStatusCode, 404);
      const bad = `arn:aws:iam::${ACCOUNT}:role/NotAPolicy`;
      const invalid = await rejection(root.send(new GetPolicyCommand({ PolicyArn: bad })));
      assert.equal(invalid.name, 'InvalidInputException');
      assert.equal(invalid.message, `ARN ${bad} is not valid.`);
    });
  });

  describe('versions', () => {
    const arn = policyArn('Versioned');
    const v = (n: number) => allowPolicy(`s3:GetObject${'x'.repeat(n)}`);

    before(async () => {
      await root.send(new CreatePolicyCommand({ PolicyName: 'Versioned', PolicyDocument: v(1) }));
    });

    it('creates versions, optionally as the default, without returning their document', async () => {
      const v2 = (await root.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(2) })))
        .PolicyVersion!;
      assert.equal(v2.VersionId, 'v2');
      assert.equal(v2.IsDefaultVersion, false);
      assert.equal(v2.Document, undefined);
      const v3 = (
        await root.send(
          new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(3), SetAsDefault: true }),
        )
      ).PolicyVersion!;
      assert.equal(v3.VersionId, 'v3');
      assert.equal(v3.IsDefaultVersion, true);
      assert.equal(
        (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId,
        'v3',
      );
    });

    it('lists versions newest first and reads each with its URL-encoded document', async () => {
      const listed = await root.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
      assert.deepEqual(
        listed.Versions?.map((x) => [x.VersionId, x.IsDefaultVersion, x.Document]),
        [
          ['v3', true, undefined],
          ['v2', false, undefined],
          ['v1', false, undefined],
        ],
      );
      const got = (await root.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' })))
        .PolicyVersion!;
      assert.equal(got.IsDefaultVersion, false);
      assert.equal(got.Document, encodeURIComponent(v(2)));
      assert.deepEqual(decodeDocument(got.Document), JSON.parse(v(2)));
      const page = await root.send(new ListPolicyVersionsCommand({ PolicyArn: arn, MaxItems: 2 }));
      assert.equal(page.IsTruncated, true);
      const rest = await root.send(new ListPolicyVersionsCommand({ PolicyArn: arn, Marker: page.Marker }));
      assert.deepEqual(
        rest.Versions?.map((x) => x.VersionId),
        ['v1'],
      );
      assert.equal(rest.IsTruncated, false);
    });

    it('allows at most 5 versions', async () => {
      await root.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(4) }));
      await root.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(5) }));
      const error = await rejection(
        root.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(6) })),
      );
      assert.equal(error.name, 'LimitExceededException');
      assert.equal(
        error.message,
        'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      );
      assert.equal(error.$metadata?.httpStatusCode, 409);
    });

    it('never deletes the default version and never reuses a version number', async () => {
      const error = await rejection(
        root.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' })),
      );
      assert.equal(error.name, 'DeleteConflictException');
      assert.equal(error.message, 'Cannot delete the default version of a policy.');
      await root.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' }));
      const v6 = await root.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: v(6) }));
      assert.equal(v6.PolicyVersion?.VersionId, 'v6');
    });

    it('switches the default version and reports versions that do not exist', async () => {
      await root.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
      assert.equal(
        (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId,
        'v1',
      );
      const missing = await rejection(
        root.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' })),
      );
      assert.equal(missing.name, 'NoSuchEntityException');
      assert.equal(missing.message, `Policy ${arn} version v5 does not exist or is not attachable.`);
      const bad = await rejection(
        root.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'version1' })),
      );
      assert.equal(bad.name, 'ValidationError');
    });

    it('refuses to delete a policy that still has other versions', async () => {
      const error = await rejection(root.send(new DeletePolicyCommand({ PolicyArn: arn })));
      assert.equal(error.name, 'DeleteConflictException');
      assert.equal(
        error.message,
        "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
      );
      for (const version of ['v2', 'v3', 'v4', 'v6']) {
        await root.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: version }));
      }
      await root.send(new DeletePolicyCommand({ PolicyArn: arn }));
    });
  });

  describe('the default version decides what attached identities may do', () => {
    it('denies a user the next request after SetDefaultPolicyVersion to a narrower version', async () => {
      const arn = (
        await root.send(
          new CreatePolicyCommand({
            PolicyName: 'Operator',
            PolicyDocument: allowPolicy(['iam:GetAccountSummary', 'iam:ListPolicies']),
          }),
        )
      ).Policy!.Arn!;
      const user = await createUserWithKey(root, 'operator');
      await root.send(new AttachUserPolicyCommand({ UserName: 'operator', PolicyArn: arn }));
      const operator = server.iam(user.credentials);
      await operator.send(new GetAccountSummaryCommand({}));

      await root.send(
        new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allowPolicy('iam:ListPolicies') }),
      );
      // A non-default version changes nothing.
      await operator.send(new GetAccountSummaryCommand({}));
      await root.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v2' }));
      const denied = await rejection(operator.send(new GetAccountSummaryCommand({})));
      assert.equal(denied.name, 'AccessDenied');
      assert.equal(
        denied.message,
        `User: ${user.arn} is not authorized to perform: iam:GetAccountSummary on resource: * because no identity-based policy allows the iam:GetAccountSummary action`,
      );
      await operator.send(new ListPoliciesCommand({ Scope: 'Local' }));
      await root.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
      await operator.send(new GetAccountSummaryCommand({}));
    });
  });

  describe('tags', () => {
    const arn = policyArn('Tagged');
    before(async () => {
      await root.send(
        new CreatePolicyCommand({
          PolicyName: 'Tagged',
          PolicyDocument: allowPolicy('s3:*'),
          Tags: [{ Key: 'a', Value: '1' }],
        }),
      );
    });

    it('adds, replaces (keys case-insensitive) and removes tags', async () => {
      await root.send(
        new TagPolicyCommand({
          PolicyArn: arn,
          Tags: [
            { Key: 'A', Value: '2' },
            { Key: 'b', Value: '3' },
          ],
        }),
      );
      let tags = (await root.send(new ListPolicyTagsCommand({ PolicyArn: arn }))).Tags;
      assert.deepEqual(tags, [
        { Key: 'A', Value: '2' },
        { Key: 'b', Value: '3' },
      ]);
      await root.send(new UntagPolicyCommand({ PolicyArn: arn, TagKeys: ['a', 'missing'] }));
      tags = (await root.send(new ListPolicyTagsCommand({ PolicyArn: arn }))).Tags;
      assert.deepEqual(tags, [{ Key: 'b', Value: '3' }]);
      const page = await root.send(new ListPolicyTagsCommand({ PolicyArn: arn, MaxItems: 1 }));
      assert.equal(page.IsTruncated, false);
    });

    it('rejects reserved tag keys', async () => {
      const error = await rejection(
        root.send(new TagPolicyCommand({ PolicyArn: arn, Tags: [{ Key: 'aws:x', Value: '1' }] })),
      );
      assert.equal(error.name, 'InvalidInputException');
    });

    it('cannot tag an AWS managed policy', async () => {
      const error = await rejection(
        root.send(
          new TagPolicyCommand({
            PolicyArn: `${AWS}AWSImageBuilderFullAccess`,
            Tags: [{ Key: 'a', Value: '1' }],
          }),
        ),
      );
      assert.equal(error.name, 'InvalidInputException');
      assert.equal(error.message, 'Tags not supported for policies in this domain');
      const listed = await root.send(
        new ListPolicyTagsCommand({ PolicyArn: `${AWS}AWSImageBuilderFullAccess` }),
      );
      assert.deepEqual(listed.Tags, []);
    });
  });

  describe('AWS managed policies', () => {
    it('has the Image Builder seeds with their real ARNs and paths', async () => {
      for (const [name, arn] of SEED_POLICIES) {
        const policy = (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!;
        assert.equal(policy.PolicyName, name);
        assert.equal(policy.Arn, arn);
        assert.equal(policy.Path, arn.slice(`${AWS}`.length - 1, arn.length - name.length));
        assert.match(policy.PolicyId ?? '', /^ANPA[A-Z2-7]{17}$/);
        assert.equal(policy.IsAttachable, true);
      }
      const slr = (await root.send(new GetPolicyCommand({ PolicyArn: SEED_POLICIES[2]![1] }))).Policy!;
      assert.equal(slr.Path, '/aws-service-role/');
      const lifecycle = (await root.send(new GetPolicyCommand({ PolicyArn: SEED_POLICIES[6]![1] }))).Policy!;
      assert.equal(lifecycle.Path, '/service-role/');
    });

    it('reads every version in an AWS managed policy history', async () => {
      const arn = `${AWS}AWSImageBuilderFullAccess`;
      const policy = (await root.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy!;
      const versions = (await root.send(new ListPolicyVersionsCommand({ PolicyArn: arn }))).Versions ?? [];
      assert.ok(versions.length >= 2);
      assert.equal(versions.filter((x) => x.IsDefaultVersion).length, 1);
      assert.equal(versions.find((x) => x.IsDefaultVersion)?.VersionId, policy.DefaultVersionId);
      for (const version of versions) {
        const got = await root.send(
          new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: version.VersionId }),
        );
        const document = decodeDocument(got.PolicyVersion?.Document) as { Statement: { Action: unknown }[] };
        assert.ok(Array.isArray(document.Statement));
        assert.deepEqual(document.Statement[0]?.Action, ['imagebuilder:*']);
      }
      const missing = await rejection(
        root.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v99' })),
      );
      assert.equal(missing.name, 'NoSuchEntityException');
      assert.equal(missing.message, `Policy ${arn} version v99 does not exist or is not attachable.`);
    });

    it('cannot be changed or deleted, even by the account root', async () => {
      const arn = `${AWS}AWSImageBuilderReadOnlyAccess`;
      const changes = [
        new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: allowPolicy('*') }),
        new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }),
        new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }),
        new DeletePolicyCommand({ PolicyArn: arn }),
      ];
      for (const command of changes) {
        const error = await rejection(root.send(command as never));
        assert.equal(error.name, 'AccessDenied');
        assert.match(
          error.message,
          new RegExp(
            `^User: arn:aws:iam::${ACCOUNT}:root is not authorized to perform: iam:\\w+ on resource: ${arn.replace(/[/]/g, '\\/')}`,
          ),
        );
        assert.equal(error.$metadata?.httpStatusCode, 403);
      }
    });

    it('answers NoSuchEntity for an AWS managed policy that does not exist', async () => {
      const error = await rejection(root.send(new GetPolicyCommand({ PolicyArn: `${AWS}NoSuchPolicy` })));
      assert.equal(error.name, 'NoSuchEntityException');
      assert.equal(error.message, `Policy ${AWS}NoSuchPolicy was not found.`);
    });
  });

  describe('ListPolicies', () => {
    before(async () => {
      await root.send(
        new CreateRoleCommand({ RoleName: 'builder-role', AssumeRolePolicyDocument: TRUST_EC2 }),
      );
      await root.send(
        new AttachRolePolicyCommand({
          RoleName: 'builder-role',
          PolicyArn: `${AWS}AWSImageBuilderFullAccess`,
        }),
      );
      await root.send(new CreateUserCommand({ UserName: 'builder-user' }));
      await root.send(
        new AttachUserPolicyCommand({
          UserName: 'builder-user',
          PolicyArn: `${AWS}AWSImageBuilderFullAccess`,
        }),
      );
      await root.send(
        new AttachRolePolicyCommand({
          RoleName: 'builder-role',
          PolicyArn: `${AWS}EC2InstanceProfileForImageBuilder`,
        }),
      );
    });

    it('lists the AWS managed seeds with their attachment counts in this account', async () => {
      const listed = await allPolicies(root, { Scope: 'AWS', MaxItems: 1000 });
      assert.ok(listed.length > 1000, 'the whole AWS managed catalogue');
      const byArn = new Map(listed.map((p) => [p.Arn, p]));
      for (const [name, arn] of SEED_POLICIES) assert.equal(byArn.get(arn)?.PolicyName, name);
      assert.equal(byArn.get(`${AWS}AWSImageBuilderFullAccess`)?.AttachmentCount, 2);
      assert.equal(byArn.get(`${AWS}EC2InstanceProfileForImageBuilder`)?.AttachmentCount, 1);
      assert.equal(byArn.get(`${AWS}AWSImageBuilderReadOnlyAccess`)?.AttachmentCount, 0);
      assert.ok(listed.every((p) => p.Arn?.startsWith(AWS)));
      // Listings leave out descriptions and tags.
      assert.ok(listed.every((p) => p.Description === undefined && p.Tags === undefined));
    });

    it('lists only the account policies with Scope=Local, in name order', async () => {
      const local = await allPolicies(root, { Scope: 'Local' });
      const names = local.map((p) => p.PolicyName!);
      assert.deepEqual(names, [...names].sort());
      assert.ok(names.includes('BuildReaders'));
      assert.ok(local.every((p) => p.Arn?.startsWith(`arn:aws:iam::${ACCOUNT}:policy/`)));
    });

    it('filters on attachment, path prefix and use as a permissions boundary', async () => {
      const attached = await allPolicies(root, { OnlyAttached: true });
      assert.deepEqual(attached.map((p) => p.PolicyName).sort(), [
        'AWSImageBuilderFullAccess',
        'EC2InstanceProfileForImageBuilder',
        'Operator',
      ]);
      const serviceRole = await allPolicies(root, { Scope: 'AWS', PathPrefix: '/service-role/' });
      assert.ok(serviceRole.some((p) => p.PolicyName === 'EC2ImageBuilderLifecycleExecutionPolicy'));
      assert.ok(serviceRole.every((p) => p.Path?.startsWith('/service-role/')));
      const team = await allPolicies(root, { PathPrefix: '/team/' });
      assert.deepEqual(
        team.map((p) => p.PolicyName),
        ['BuildReaders'],
      );

      await root.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: 'builder-user',
          PermissionsBoundary: `${AWS}AWSImageBuilderReadOnlyAccess`,
        }),
      );
      const boundaries = await allPolicies(root, { PolicyUsageFilter: 'PermissionsBoundary' });
      assert.deepEqual(
        boundaries.map((p) => [p.PolicyName, p.PermissionsBoundaryUsageCount]),
        [['AWSImageBuilderReadOnlyAccess', 1]],
      );
      await root.send(new DeleteUserPermissionsBoundaryCommand({ UserName: 'builder-user' }));
    });

    it('paginates with MaxItems and Marker', async () => {
      const first = await root.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 2 }));
      assert.equal(first.Policies?.length, 2);
      assert.equal(first.IsTruncated, true);
      const second = await root.send(
        new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 2, Marker: first.Marker }),
      );
      assert.notEqual(second.Policies?.[0]?.Arn, first.Policies?.[0]?.Arn);
      assert.ok(first.Policies![1]!.PolicyName! <= second.Policies![0]!.PolicyName!);
    });

    it('rejects a Scope outside the enumeration', async () => {
      const error = await rejection(root.send(new ListPoliciesCommand({ Scope: 'Mine' as never })));
      assert.equal(error.name, 'ValidationError');
      assert.equal(
        error.message,
        "1 validation error detected: Value 'Mine' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
      );
    });
  });

  describe('ListEntitiesForPolicy', () => {
    const arn = policyArn('Shared', '/shared/');
    before(async () => {
      await root.send(
        new CreatePolicyCommand({
          PolicyName: 'Shared',
          Path: '/shared/',
          PolicyDocument: allowPolicy('s3:*'),
        }),
      );
      await root.send(new CreateGroupCommand({ GroupName: 'readers', Path: '/dept/' }));
      await root.send(new CreateUserCommand({ UserName: 'alice', Path: '/dept/' }));
      await root.send(new CreateUserCommand({ UserName: 'bob' }));
      await root.send(
        new CreateRoleCommand({ RoleName: 'shared-role', AssumeRolePolicyDocument: TRUST_EC2 }),
      );
      await root.send(new AddUserToGroupCommand({ GroupName: 'readers', UserName: 'bob' }));
      await root.send(new AttachGroupPolicyCommand({ GroupName: 'readers', PolicyArn: arn }));
      await root.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: arn }));
      await root.send(new AttachRolePolicyCommand({ RoleName: 'shared-role', PolicyArn: arn }));
      await root.send(new PutUserPermissionsBoundaryCommand({ UserName: 'bob', PermissionsBoundary: arn }));
    });

    it('lists the groups, users and roles that use the policy', async () => {
      const out = await root.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
      assert.deepEqual(
        out.PolicyGroups?.map((g) => g.GroupName),
        ['readers'],
      );
      assert.match(out.PolicyGroups?.[0]?.GroupId ?? '', /^AGPA/);
      assert.deepEqual(
        out.PolicyUsers?.map((u) => u.UserName),
        ['alice', 'bob'],
      );
      assert.deepEqual(
        out.PolicyRoles?.map((r) => r.RoleName),
        ['shared-role'],
      );
      assert.equal(out.IsTruncated, false);
    });

    it('filters by entity kind, use and path prefix', async () => {
      const users = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: arn, EntityFilter: 'User' }),
      );
      assert.deepEqual(users.PolicyGroups, []);
      assert.deepEqual(users.PolicyRoles, []);
      assert.deepEqual(
        users.PolicyUsers?.map((u) => u.UserName),
        ['alice', 'bob'],
      );
      const attached = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: arn, PolicyUsageFilter: 'PermissionsPolicy' }),
      );
      assert.deepEqual(
        attached.PolicyUsers?.map((u) => u.UserName),
        ['alice'],
      );
      const boundary = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: arn, PolicyUsageFilter: 'PermissionsBoundary' }),
      );
      assert.deepEqual(
        boundary.PolicyUsers?.map((u) => u.UserName),
        ['bob'],
      );
      assert.deepEqual(boundary.PolicyGroups, []);
      const dept = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: arn, PathPrefix: '/dept/' }),
      );
      assert.deepEqual(
        dept.PolicyGroups?.map((g) => g.GroupName),
        ['readers'],
      );
      assert.deepEqual(
        dept.PolicyUsers?.map((u) => u.UserName),
        ['alice'],
      );
      assert.deepEqual(dept.PolicyRoles, []);
    });

    it('paginates across the three lists', async () => {
      const first = await root.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn, MaxItems: 2 }));
      assert.equal(first.IsTruncated, true);
      assert.deepEqual(
        first.PolicyGroups?.map((g) => g.GroupName),
        ['readers'],
      );
      assert.deepEqual(
        first.PolicyUsers?.map((u) => u.UserName),
        ['alice'],
      );
      assert.deepEqual(first.PolicyRoles, []);
      const second = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: arn, MaxItems: 2, Marker: first.Marker }),
      );
      assert.equal(second.IsTruncated, false);
      assert.deepEqual(
        second.PolicyUsers?.map((u) => u.UserName),
        ['bob'],
      );
      assert.deepEqual(
        second.PolicyRoles?.map((r) => r.RoleName),
        ['shared-role'],
      );
    });

    it('lists the users of an AWS managed policy in this account', async () => {
      const out = await root.send(
        new ListEntitiesForPolicyCommand({ PolicyArn: `${AWS}AWSImageBuilderFullAccess` }),
      );
      assert.deepEqual(
        out.PolicyUsers?.map((u) => u.UserName),
        ['builder-user'],
      );
      assert.deepEqual(
        out.PolicyRoles?.map((r) => r.RoleName),
        ['builder-role'],
      );
    });

    it('answers NoSuchEntity for a policy that does not exist', async () => {
      const error = await rejection(
        root.send(new ListEntitiesForPolicyCommand({ PolicyArn: policyArn('Ghost') })),
      );
      assert.equal(error.name, 'NoSuchEntityException');
    });
  });

  describe('authorization', () => {
    it('denies policy operations the caller is not allowed, naming the policy ARN', async () => {
      const user = await createUserWithKey(
        root,
        'team-admin',
        policyText({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['iam:CreatePolicy', 'iam:GetPolicy'],
              Resource: `arn:aws:iam::${ACCOUNT}:policy/team/*`,
            },
            {
              Effect: 'Allow',
              Action: 'iam:TagPolicy',
              Resource: '*',
              Condition: { StringEquals: { 'aws:RequestTag/owner': 'team' } },
            },
          ],
        }),
      );
      const admin = server.iam(user.credentials);
      const created = await admin.send(
        new CreatePolicyCommand({
          PolicyName: 'TeamPolicy',
          Path: '/team/',
          PolicyDocument: allowPolicy('s3:*'),
        }),
      );
      assert.equal(created.Policy?.Arn, policyArn('TeamPolicy', '/team/'));
      await admin.send(new GetPolicyCommand({ PolicyArn: policyArn('TeamPolicy', '/team/') }));

      const outside = await rejection(
        admin.send(new CreatePolicyCommand({ PolicyName: 'Elsewhere', PolicyDocument: allowPolicy('s3:*') })),
      );
      assert.equal(outside.name, 'AccessDenied');
      assert.equal(
        outside.message,
        `User: ${user.arn} is not authorized to perform: iam:CreatePolicy on resource: ${policyArn('Elsewhere')} because no identity-based policy allows the iam:CreatePolicy action`,
      );
      // Tagging on create also needs iam:TagPolicy, here only with owner=team.
      const wrongTag = await rejection(
        admin.send(
          new CreatePolicyCommand({
            PolicyName: 'Tagged2',
            Path: '/team/',
            PolicyDocument: allowPolicy('s3:*'),
            Tags: [{ Key: 'owner', Value: 'other' }],
          }),
        ),
      );
      assert.equal(wrongTag.name, 'AccessDenied');
      assert.match(wrongTag.message, /iam:TagPolicy/);
      await admin.send(
        new CreatePolicyCommand({
          PolicyName: 'Tagged2',
          Path: '/team/',
          PolicyDocument: allowPolicy('s3:*'),
          Tags: [{ Key: 'owner', Value: 'team' }],
        }),
      );
      // Without permission, a policy that does not exist is AccessDenied, not NoSuchEntity.
      const hidden = await rejection(admin.send(new GetPolicyCommand({ PolicyArn: policyArn('Nope') })));
      assert.equal(hidden.name, 'AccessDenied');
    });

    it('authorizes reads of AWS managed policies with the caller’s identity policies', async () => {
      const user = await createUserWithKey(
        root,
        'reader',
        allowPolicy(['iam:GetPolicy', 'iam:GetPolicyVersion'], `${AWS}*`),
      );
      const reader = server.iam(user.credentials);
      const policy = await reader.send(
        new GetPolicyCommand({ PolicyArn: `${AWS}AWSImageBuilderFullAccess` }),
      );
      assert.equal(policy.Policy?.PolicyName, 'AWSImageBuilderFullAccess');
      const denied = await rejection(
        reader.send(new GetPolicyCommand({ PolicyArn: policyArn('BuildReaders', '/team/') })),
      );
      assert.equal(denied.name, 'AccessDenied');
    });
  });
});
