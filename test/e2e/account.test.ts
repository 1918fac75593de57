// Account-wide reads through the AWS SDK: GetAccountSummary (every SummaryMap key AWS documents, counts
// from the account's entities) and GetAccountAuthorizationDetails (users, groups, roles and managed
// policies in AWS's shape, documents URL-encoded, Filter and pagination).
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountSummaryCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import {
  allowPolicy,
  createUserWithKey,
  decodeDocument,
  policyText,
  rejection,
} from './support/iam-helpers.js';

const AWS = 'arn:aws:iam::aws:policy/';
const TRUST_EC2 = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** The SummaryMap keys the API reference lists. */
const SUMMARY_KEYS = [
  'Users',
  'UsersQuota',
  'Groups',
  'GroupsQuota',
  'ServerCertificates',
  'ServerCertificatesQuota',
  'UserPolicySizeQuota',
  'GroupPolicySizeQuota',
  'GroupsPerUserQuota',
  'SigningCertificatesPerUserQuota',
  'AccessKeysPerUserQuota',
  'MFADevices',
  'MFADevicesInUse',
  'AccountMFAEnabled',
  'AccountAccessKeysPresent',
  'AccountPasswordPresent',
  'AccountSigningCertificatesPresent',
  'AttachedPoliciesPerGroupQuota',
  'AttachedPoliciesPerRoleQuota',
  'AttachedPoliciesPerUserQuota',
  'Policies',
  'PoliciesQuota',
  'PolicySizeQuota',
  'PolicyVersionsInUse',
  'PolicyVersionsInUseQuota',
  'VersionsPerPolicyQuota',
  'GlobalEndpointTokenVersion',
  'AssumeRolePolicySizeQuota',
  'InstanceProfiles',
  'InstanceProfilesQuota',
  'Providers',
  'RolePolicySizeQuota',
  'Roles',
  'RolesQuota',
];

type Details = GetAccountAuthorizationDetailsCommandOutput;

/** Every page of GetAccountAuthorizationDetails, lists concatenated. */
async function allDetails(iam: IAMClient, filter?: string[], maxItems?: number) {
  const out = {
    users: [] as NonNullable<Details['UserDetailList']>,
    groups: [] as NonNullable<Details['GroupDetailList']>,
    roles: [] as NonNullable<Details['RoleDetailList']>,
    policies: [] as NonNullable<Details['Policies']>,
    pages: 0,
  };
  let marker: string | undefined;
  do {
    const page = await iam.send(
      new GetAccountAuthorizationDetailsCommand({
        ...(filter ? { Filter: filter as never } : {}),
        ...(maxItems ? { MaxItems: maxItems } : {}),
        ...(marker ? { Marker: marker } : {}),
      }),
    );
    out.pages++;
    out.users.push(...(page.UserDetailList ?? []));
    out.groups.push(...(page.GroupDetailList ?? []));
    out.roles.push(...(page.RoleDetailList ?? []));
    out.policies.push(...(page.Policies ?? []));
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return out;
}

describe('account-wide reads', () => {
  let server: TestServer;
  let root: IAMClient;
  const inline = allowPolicy('s3:ListAllMyBuckets');
  const v1 = allowPolicy('imagebuilder:List*');
  const v2 = allowPolicy(['imagebuilder:List*', 'imagebuilder:Get*']);
  let customerArn: string;

  before(async () => {
    server = await startTestServer();
    root = server.iam();
  });
  after(() => server.stop());

  describe('GetAccountSummary', () => {
    it('reports every documented key, with zero entities in a new account', async () => {
      const map = (await root.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {};
      assert.deepEqual(Object.keys(map).sort(), [...SUMMARY_KEYS].sort());
      assert.equal(map['Users'], 0);
      assert.equal(map['Roles'], 0);
      assert.equal(map['Policies'], 0);
      // The default root has an access key.
      assert.equal(map['AccountAccessKeysPresent'], 1);
    });

    it('reports IAM’s default quotas', async () => {
      const map = (await root.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {};
      assert.equal(map['PolicySizeQuota'], 6144);
      assert.equal(map['UserPolicySizeQuota'], 2048);
      assert.equal(map['GroupPolicySizeQuota'], 5120);
      assert.equal(map['RolePolicySizeQuota'], 10240);
      assert.equal(map['AssumeRolePolicySizeQuota'], 2048);
      assert.equal(map['VersionsPerPolicyQuota'], 5);
      assert.equal(map['AttachedPoliciesPerUserQuota'], 10);
      assert.equal(map['AttachedPoliciesPerRoleQuota'], 10);
      assert.equal(map['AttachedPoliciesPerGroupQuota'], 10);
      assert.equal(map['GroupsPerUserQuota'], 10);
      assert.equal(map['AccessKeysPerUserQuota'], 2);
      assert.equal(map['UsersQuota'], 5000);
      assert.equal(map['GroupsQuota'], 300);
      assert.equal(map['RolesQuota'], 1000);
      assert.equal(map['InstanceProfilesQuota'], 1000);
      assert.equal(map['PoliciesQuota'], 1500);
    });
  });

  describe('with entities', () => {
    before(async () => {
      customerArn = (
        await root.send(
          new CreatePolicyCommand({ PolicyName: 'PipelineReaders', Path: '/ib/', PolicyDocument: v1 }),
        )
      ).Policy!.Arn!;
      await root.send(
        new CreatePolicyVersionCommand({ PolicyArn: customerArn, PolicyDocument: v2, SetAsDefault: true }),
      );
      await root.send(new CreateUserCommand({ UserName: 'alice', Tags: [{ Key: 'team', Value: 'build' }] }));
      await root.send(
        new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'list-buckets', PolicyDocument: inline }),
      );
      await root.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: customerArn }));
      await root.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: 'alice',
          PermissionsBoundary: `${AWS}AWSImageBuilderFullAccess`,
        }),
      );
      await root.send(new CreateGroupCommand({ GroupName: 'builders' }));
      await root.send(new AddUserToGroupCommand({ GroupName: 'builders', UserName: 'alice' }));
      await root.send(
        new PutGroupPolicyCommand({
          GroupName: 'builders',
          PolicyName: 'group-inline',
          PolicyDocument: inline,
        }),
      );
      await root.send(
        new AttachGroupPolicyCommand({
          GroupName: 'builders',
          PolicyArn: `${AWS}AWSImageBuilderReadOnlyAccess`,
        }),
      );
      await root.send(
        new CreateRoleCommand({
          RoleName: 'EC2InstanceProfileForImageBuilder',
          AssumeRolePolicyDocument: TRUST_EC2,
        }),
      );
      await root.send(
        new AttachRolePolicyCommand({
          RoleName: 'EC2InstanceProfileForImageBuilder',
          PolicyArn: `${AWS}EC2InstanceProfileForImageBuilder`,
        }),
      );
      await root.send(
        new AttachRolePolicyCommand({
          RoleName: 'EC2InstanceProfileForImageBuilder',
          PolicyArn: `${AWS}AmazonSSMManagedInstanceCore`,
        }),
      );
      await root.send(
        new PutRolePolicyCommand({
          RoleName: 'EC2InstanceProfileForImageBuilder',
          PolicyName: 'role-inline',
          PolicyDocument: inline,
        }),
      );
      await root.send(
        new CreateInstanceProfileCommand({ InstanceProfileName: 'EC2InstanceProfileForImageBuilder' }),
      );
      await root.send(
        new AddRoleToInstanceProfileCommand({
          InstanceProfileName: 'EC2InstanceProfileForImageBuilder',
          RoleName: 'EC2InstanceProfileForImageBuilder',
        }),
      );
    });

    it('counts the entities in the summary', async () => {
      const map = (await root.send(new GetAccountSummaryCommand({}))).SummaryMap ?? {};
      assert.equal(map['Users'], 1);
      assert.equal(map['Groups'], 1);
      assert.equal(map['Roles'], 1);
      assert.equal(map['InstanceProfiles'], 1);
      assert.equal(map['Policies'], 1);
      assert.equal(map['PolicyVersionsInUse'], 2);
    });

    it('lists users with their inline policies, groups, attached policies, boundary and tags', async () => {
      const details = await root.send(new GetAccountAuthorizationDetailsCommand({}));
      const alice = details.UserDetailList?.find((u) => u.UserName === 'alice');
      assert.ok(alice);
      assert.equal(alice.Arn, `arn:aws:iam::${ACCOUNT}:user/alice`);
      assert.equal(alice.Path, '/');
      assert.match(alice.UserId ?? '', /^AIDA/);
      assert.deepEqual(alice.GroupList, ['builders']);
      assert.deepEqual(alice.AttachedManagedPolicies, [
        { PolicyName: 'PipelineReaders', PolicyArn: customerArn },
      ]);
      assert.equal(alice.UserPolicyList?.[0]?.PolicyName, 'list-buckets');
      assert.equal(alice.UserPolicyList?.[0]?.PolicyDocument, encodeURIComponent(inline));
      assert.deepEqual(alice.PermissionsBoundary, {
        PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
        PermissionsBoundaryArn: `${AWS}AWSImageBuilderFullAccess`,
      });
      assert.deepEqual(alice.Tags, [{ Key: 'team', Value: 'build' }]);
    });

    it('lists groups and roles, roles with their trust policy and instance profiles', async () => {
      const details = await root.send(new GetAccountAuthorizationDetailsCommand({}));
      const group = details.GroupDetailList?.[0];
      assert.equal(group?.GroupName, 'builders');
      assert.deepEqual(
        group?.GroupPolicyList?.map((p) => p.PolicyName),
        ['group-inline'],
      );
      assert.deepEqual(group?.AttachedManagedPolicies, [
        { PolicyName: 'AWSImageBuilderReadOnlyAccess', PolicyArn: `${AWS}AWSImageBuilderReadOnlyAccess` },
      ]);
      const role = details.RoleDetailList?.[0];
      assert.equal(role?.RoleName, 'EC2InstanceProfileForImageBuilder');
      assert.deepEqual(decodeDocument(role?.AssumeRolePolicyDocument), JSON.parse(TRUST_EC2));
      assert.deepEqual(
        role?.RolePolicyList?.map((p) => [p.PolicyName, decodeDocument(p.PolicyDocument)]),
        [['role-inline', JSON.parse(inline)]],
      );
      assert.deepEqual(
        role?.AttachedManagedPolicies?.map((p) => p.PolicyArn),
        [`${AWS}EC2InstanceProfileForImageBuilder`, `${AWS}AmazonSSMManagedInstanceCore`],
      );
      const profile = role?.InstanceProfileList?.[0];
      assert.equal(profile?.InstanceProfileName, 'EC2InstanceProfileForImageBuilder');
      assert.match(profile?.InstanceProfileId ?? '', /^AIPA/);
      assert.deepEqual(
        profile?.Roles?.map((r) => r.RoleName),
        ['EC2InstanceProfileForImageBuilder'],
      );
      assert.deepEqual(role?.RoleLastUsed, {});
    });

    it('lists the customer managed policies with every version, and the AWS managed policies in use', async () => {
      const details = await root.send(new GetAccountAuthorizationDetailsCommand({}));
      const arns = details.Policies?.map((p) => p.Arn).sort();
      assert.deepEqual(
        arns,
        [
          `${AWS}AWSImageBuilderFullAccess`,
          `${AWS}AWSImageBuilderReadOnlyAccess`,
          `${AWS}AmazonSSMManagedInstanceCore`,
          `${AWS}EC2InstanceProfileForImageBuilder`,
          customerArn,
        ].sort(),
      );
      const customer = details.Policies?.find((p) => p.Arn === customerArn);
      assert.equal(customer?.DefaultVersionId, 'v2');
      assert.equal(customer?.AttachmentCount, 1);
      assert.equal(customer?.Path, '/ib/');
      assert.deepEqual(
        customer?.PolicyVersionList?.map((v) => [
          v.VersionId,
          v.IsDefaultVersion,
          decodeDocument(v.Document),
        ]),
        [
          ['v2', true, JSON.parse(v2)],
          ['v1', false, JSON.parse(v1)],
        ],
      );
      const boundary = details.Policies?.find((p) => p.Arn === `${AWS}AWSImageBuilderFullAccess`);
      assert.equal(boundary?.AttachmentCount, 0);
      assert.equal(boundary?.PermissionsBoundaryUsageCount, 1);
      const managed = details.Policies?.find((p) => p.Arn === `${AWS}EC2InstanceProfileForImageBuilder`);
      assert.equal(managed?.AttachmentCount, 1);
      assert.deepEqual(
        managed?.PolicyVersionList?.map((v) => v.IsDefaultVersion),
        [true],
      );
      assert.equal(managed?.PolicyVersionList?.[0]?.VersionId, managed?.DefaultVersionId);
    });

    it('filters by entity kind', async () => {
      const users = await allDetails(root, ['User']);
      assert.equal(users.users.length, 1);
      assert.deepEqual([users.groups.length, users.roles.length, users.policies.length], [0, 0, 0]);
      const local = await allDetails(root, ['LocalManagedPolicy']);
      assert.deepEqual(
        local.policies.map((p) => p.Arn),
        [customerArn],
      );
      const awsManaged = await allDetails(root, ['AWSManagedPolicy', 'Role']);
      assert.equal(awsManaged.policies.length, 4);
      assert.equal(awsManaged.roles.length, 1);
      const error = await rejection(
        root.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Users' as never] })),
      );
      assert.equal(error.name, 'ValidationError');
    });

    it('paginates across the four lists with MaxItems', async () => {
      const whole = await allDetails(root);
      const paged = await allDetails(root, undefined, 2);
      assert.equal(paged.pages, 4);
      assert.deepEqual(
        paged.users.map((u) => u.Arn),
        whole.users.map((u) => u.Arn),
      );
      assert.deepEqual(
        [paged.groups.length, paged.roles.length, paged.policies.length],
        [whole.groups.length, whole.roles.length, whole.policies.length],
      );
    });
  });

  describe('authorization', () => {
    it('needs iam:GetAccountSummary and iam:GetAccountAuthorizationDetails', async () => {
      const user = await createUserWithKey(root, 'auditor', allowPolicy('iam:GetAccountSummary'));
      const auditor = server.iam(user.credentials);
      await auditor.send(new GetAccountSummaryCommand({}));
      const error = await rejection(auditor.send(new GetAccountAuthorizationDetailsCommand({})));
      assert.equal(error.name, 'AccessDenied');
      assert.equal(
        error.message,
        `User: ${user.arn} is not authorized to perform: iam:GetAccountAuthorizationDetails on resource: * because no identity-based policy allows the iam:GetAccountAuthorizationDetails action`,
      );
    });
  });
});
