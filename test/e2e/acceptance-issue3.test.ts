// Acceptance checks for issue 3 (the IAM/STS endpoint) that the per-group e2e tests do not already make:
// every List* operation the issue names paginated exactly as IAM does (MaxItems, Marker, IsTruncated, the
// pages adding up to the whole list), unique ids with AWS's prefixes, GetUser without UserName, and the
// shapes the AWS CLI reads. Expectations come from the IAM API reference pages cited beside each check.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  DeleteRoleCommand,
  DeleteUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetGroupCommand,
  GetRoleCommand,
  GetUserCommand,
  ListAccessKeysCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedRolePoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListEntitiesForPolicyCommand,
  ListGroupPoliciesCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  ListInstanceProfilesCommand,
  ListInstanceProfilesForRoleCommand,
  ListInstanceProfileTagsCommand,
  ListPoliciesCommand,
  ListPolicyTagsCommand,
  ListPolicyVersionsCommand,
  ListRolePoliciesCommand,
  ListRolesCommand,
  ListRoleTagsCommand,
  ListUserPoliciesCommand,
  ListUsersCommand,
  ListUserTagsCommand,
  PutGroupPolicyCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand,
  TagUserCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import { allowPolicy, createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const AWS = 'arn:aws:iam::aws:policy';
const TRUST_ACCOUNT = policyText({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' },
  ],
});
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

interface Page {
  readonly IsTruncated?: boolean | undefined;
  readonly Marker?: string | undefined;
}

/**
 * Walks a list one item per page (MaxItems=1) and returns every item, checking IAM's pagination contract
 * on each page: IsTruncated is always present, a Marker comes exactly when the list is truncated, and
 * no page holds more than MaxItems.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html#API_ListUsers_ResponseElements
 */
async function walk<T>(
  fetch: (page: { Marker?: string; MaxItems: number }) => Promise<Page>,
  items: (page: Page) => readonly T[] | undefined,
): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  for (let n = 0; n < 200; n++) {
    const page = await fetch({ MaxItems: 1, ...(marker ? { Marker: marker } : {}) });
    const got = items(page) ?? [];
    assert.equal(typeof page.IsTruncated, 'boolean', 'IsTruncated is always in the answer');
    assert.ok(got.length <= 1, 'a page holds at most MaxItems items');
    all.push(...got);
    if (!page.IsTruncated) {
      assert.equal(page.Marker, undefined, 'no Marker on the last page');
      return all;
    }
    assert.ok(page.Marker, 'a truncated page carries a Marker');
    marker = page.Marker;
  }
  throw new Error('pagination did not end');
}

describe('issue 3 acceptance', () => {
  let server: TestServer;
  let iam: IAMClient;

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
  });
  after(() => server.stop());

  describe('pagination of every List* operation (MaxItems, Marker, IsTruncated)', () => {
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/pg/paged`;

    before(async () => {
      for (const name of names('pg-user-', 3)) {
        await iam.send(new CreateUserCommand({ UserName: name, Path: '/pg/', Tags: tags(3) }));
      }
      for (const name of names('pg-group-', 3)) {
        await iam.send(new CreateGroupCommand({ GroupName: name, Path: '/pg/' }));
        await iam.send(new AddUserToGroupCommand({ GroupName: name, UserName: 'pg-user-0' }));
      }
      for (const name of names('pg-role-', 3)) {
        await iam.send(
          new CreateRoleCommand({
            RoleName: name,
            Path: '/pg/',
            AssumeRolePolicyDocument: TRUST_ACCOUNT,
            Tags: tags(3),
          }),
        );
      }
      for (const name of names('pg-profile-', 3)) {
        await iam.send(
          new CreateInstanceProfileCommand({ InstanceProfileName: name, Path: '/pg/', Tags: tags(3) }),
        );
      }
      await iam.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'pg-profile-0', RoleName: 'pg-role-0' }),
      );
      await iam.send(
        new CreatePolicyCommand({
          PolicyName: 'paged',
          Path: '/pg/',
          PolicyDocument: allowPolicy('s3:GetObject'),
          Tags: tags(3),
        }),
      );
      for (let i = 0; i < 2; i++) {
        await iam.send(
          new CreatePolicyVersionCommand({
            PolicyArn: policyArn,
            PolicyDocument: allowPolicy(`s3:Get${i}*`),
          }),
        );
      }
      const managed = [policyArn, `${AWS}/ReadOnlyAccess`, `${AWS}/IAMReadOnlyAccess`];
      for (const arn of managed) {
        await iam.send(new AttachUserPolicyCommand({ UserName: 'pg-user-0', PolicyArn: arn }));
        await iam.send(new AttachGroupPolicyCommand({ GroupName: 'pg-group-0', PolicyArn: arn }));
        await iam.send(new AttachRolePolicyCommand({ RoleName: 'pg-role-0', PolicyArn: arn }));
      }
      await iam.send(new AttachUserPolicyCommand({ UserName: 'pg-user-1', PolicyArn: policyArn }));
      await iam.send(new AttachRolePolicyCommand({ RoleName: 'pg-role-1', PolicyArn: policyArn }));
      for (const name of names('inline-', 3)) {
        const document = allowPolicy('s3:ListBucket');
        await iam.send(
          new PutUserPolicyCommand({ UserName: 'pg-user-0', PolicyName: name, PolicyDocument: document }),
        );
        await iam.send(
          new PutGroupPolicyCommand({ GroupName: 'pg-group-0', PolicyName: name, PolicyDocument: document }),
        );
        await iam.send(
          new PutRolePolicyCommand({ RoleName: 'pg-role-0', PolicyName: name, PolicyDocument: document }),
        );
      }
      await iam.send(new CreateAccessKeyCommand({ UserName: 'pg-user-0' }));
      await iam.send(new CreateAccessKeyCommand({ UserName: 'pg-user-0' }));
    });

    type PageInput = { Marker?: string; MaxItems: number };
    interface ListCase {
      readonly name: string;
      /** The list member of the answer. */
      readonly key: string;
      readonly expected: number;
      readonly fetch: (page: PageInput) => Promise<Page>;
    }
    const pg = { PathPrefix: '/pg/' };
    const cases: ListCase[] = [
      {
        name: 'ListUsers',
        key: 'Users',
        expected: 3,
        fetch: (p) => iam.send(new ListUsersCommand({ ...pg, ...p })),
      },
      {
        name: 'ListGroups',
        key: 'Groups',
        expected: 3,
        fetch: (p) => iam.send(new ListGroupsCommand({ ...pg, ...p })),
      },
      {
        name: 'ListRoles',
        key: 'Roles',
        expected: 3,
        fetch: (p) => iam.send(new ListRolesCommand({ ...pg, ...p })),
      },
      {
        name: 'ListInstanceProfiles',
        key: 'InstanceProfiles',
        expected: 3,
        fetch: (p) => iam.send(new ListInstanceProfilesCommand({ ...pg, ...p })),
      },
      {
        name: 'ListGroupsForUser',
        key: 'Groups',
        expected: 3,
        fetch: (p) => iam.send(new ListGroupsForUserCommand({ UserName: 'pg-user-0', ...p })),
      },
      {
        name: 'GetGroup (its users)',
        key: 'Users',
        expected: 1,
        fetch: (p) => iam.send(new GetGroupCommand({ GroupName: 'pg-group-1', ...p })),
      },
      {
        name: 'ListPolicies (Scope=Local)',
        key: 'Policies',
        expected: 1,
        fetch: (p) => iam.send(new ListPoliciesCommand({ Scope: 'Local', ...pg, ...p })),
      },
      {
        name: 'ListPolicies (OnlyAttached)',
        key: 'Policies',
        expected: 3,
        fetch: (p) => iam.send(new ListPoliciesCommand({ OnlyAttached: true, ...p })),
      },
      {
        name: 'ListPolicyVersions',
        key: 'Versions',
        expected: 3,
        fetch: (p) => iam.send(new ListPolicyVersionsCommand({ PolicyArn: policyArn, ...p })),
      },
      {
        name: 'ListAttachedUserPolicies',
        key: 'AttachedPolicies',
        expected: 3,
        fetch: (p) => iam.send(new ListAttachedUserPoliciesCommand({ UserName: 'pg-user-0', ...p })),
      },
      {
        name: 'ListAttachedGroupPolicies',
        key: 'AttachedPolicies',
        expected: 3,
        fetch: (p) => iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'pg-group-0', ...p })),
      },
      {
        name: 'ListAttachedRolePolicies',
        key: 'AttachedPolicies',
        expected: 3,
        fetch: (p) => iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'pg-role-0', ...p })),
      },
      {
        name: 'ListUserPolicies',
        key: 'PolicyNames',
        expected: 3,
        fetch: (p) => iam.send(new ListUserPoliciesCommand({ UserName: 'pg-user-0', ...p })),
      },
      {
        name: 'ListGroupPolicies',
        key: 'PolicyNames',
        expected: 3,
        fetch: (p) => iam.send(new ListGroupPoliciesCommand({ GroupName: 'pg-group-0', ...p })),
      },
      {
        name: 'ListRolePolicies',
        key: 'PolicyNames',
        expected: 3,
        fetch: (p) => iam.send(new ListRolePoliciesCommand({ RoleName: 'pg-role-0', ...p })),
      },
      {
        name: 'ListInstanceProfilesForRole',
        key: 'InstanceProfiles',
        expected: 1,
        fetch: (p) => iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'pg-role-0', ...p })),
      },
      {
        name: 'ListAccessKeys',
        key: 'AccessKeyMetadata',
        expected: 2,
        fetch: (p) => iam.send(new ListAccessKeysCommand({ UserName: 'pg-user-0', ...p })),
      },
      {
        name: 'ListUserTags',
        key: 'Tags',
        expected: 3,
        fetch: (p) => iam.send(new ListUserTagsCommand({ UserName: 'pg-user-0', ...p })),
      },
      {
        name: 'ListRoleTags',
        key: 'Tags',
        expected: 3,
        fetch: (p) => iam.send(new ListRoleTagsCommand({ RoleName: 'pg-role-0', ...p })),
      },
      {
        name: 'ListPolicyTags',
        key: 'Tags',
        expected: 3,
        fetch: (p) => iam.send(new ListPolicyTagsCommand({ PolicyArn: policyArn, ...p })),
      },
      {
        name: 'ListInstanceProfileTags',
        key: 'Tags',
        expected: 3,
        fetch: (p) =>
          iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'pg-profile-0', ...p })),
      },
    ];

    for (const { name, key, expected, fetch } of cases) {
      const items = (page: Page) => (page as Readonly<Record<string, readonly unknown[] | undefined>>)[key];
      it(`${name}: pages of MaxItems items add up to the whole list`, async () => {
        const whole = items(await fetch({ MaxItems: 1000 })) ?? [];
        assert.equal(whole.length, expected);
        assert.deepEqual(await walk(fetch, items), whole);
      });
    }

    it('ListEntitiesForPolicy: pages across groups, users and roles add up to the whole answer', async () => {
      const list = (p: { Marker?: string; MaxItems: number }) =>
        iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: policyArn, ...p }));
      const whole = await list({ MaxItems: 1000 });
      const flat = (p: Page) => {
        const r = p as { PolicyGroups?: unknown[]; PolicyUsers?: unknown[]; PolicyRoles?: unknown[] };
        return [...(r.PolicyGroups ?? []), ...(r.PolicyUsers ?? []), ...(r.PolicyRoles ?? [])];
      };
      assert.equal(flat(whole).length, 5);
      assert.deepEqual(await walk(list, flat), flat(whole));
    });

    it('ListPolicies with Scope=AWS: walking every page with the marker yields each AWS managed policy once', async () => {
      const whole: string[] = [];
      let marker: string | undefined;
      let pages = 0;
      do {
        const page = await iam.send(
          new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 1000, ...(marker ? { Marker: marker } : {}) }),
        );
        whole.push(...(page.Policies ?? []).map((p) => p.Arn!));
        marker = page.IsTruncated ? page.Marker : undefined;
        pages++;
      } while (marker);
      assert.ok(pages >= 2, 'more than 1,000 AWS managed policies take more than one page');
      assert.equal(new Set(whole).size, whole.length);
      assert.ok(whole.every((arn) => arn.startsWith(`${AWS}/`)));
      for (const seed of [
        `${AWS}/AWSImageBuilderFullAccess`,
        `${AWS}/service-role/EC2ImageBuilderLifecycleExecutionPolicy`,
        `${AWS}/AWSMarketplaceRead-only`,
      ]) {
        assert.ok(whole.includes(seed), seed);
      }
    });

    it('a page without MaxItems holds at most 100 items', async () => {
      const page = await iam.send(new ListPoliciesCommand({ Scope: 'AWS' }));
      assert.equal(page.Policies?.length, 100);
      assert.equal(page.IsTruncated, true);
    });

    it('GetAccountAuthorizationDetails pages add up to the whole answer', async () => {
      const filter = ['User', 'Role', 'Group', 'LocalManagedPolicy'] as const;
      const flat = (p: Page) => {
        const r = p as {
          UserDetailList?: unknown[];
          GroupDetailList?: unknown[];
          RoleDetailList?: unknown[];
          Policies?: unknown[];
        };
        return [
          ...(r.UserDetailList ?? []),
          ...(r.GroupDetailList ?? []),
          ...(r.RoleDetailList ?? []),
          ...(r.Policies ?? []),
        ];
      };
      const list = (p: { Marker?: string; MaxItems: number }) =>
        iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: [...filter], ...p }));
      const whole = flat(await list({ MaxItems: 1000 }));
      assert.deepEqual(await walk(list, flat), whole);
    });

    it('refuses MaxItems 0 and a Marker it did not issue', async () => {
      const zero = await rejection(iam.send(new ListRolesCommand({ MaxItems: 0 })));
      assert.equal(zero.name, 'ValidationError');
      const bad = await rejection(iam.send(new ListRolesCommand({ Marker: 'not-a-marker' })));
      assert.equal(bad.$metadata?.httpStatusCode, 400);
    });
  });

  describe("unique ids with AWS's prefixes", () => {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-prefixes
    it('AIDA users, AGPA groups, AROA roles, ANPA policies, AIPA instance profiles, AKIA keys, ASIA sessions', async () => {
      const user = await iam.send(new CreateUserCommand({ UserName: 'ids-user' }));
      assert.match(user.User!.UserId!, /^AIDA[A-Z2-7]{17}$/);
      const group = await iam.send(new CreateGroupCommand({ GroupName: 'ids-group' }));
      assert.match(group.Group!.GroupId!, /^AGPA[A-Z2-7]{17}$/);
      const role = await iam.send(
        new CreateRoleCommand({ RoleName: 'ids-role', AssumeRolePolicyDocument: TRUST_ACCOUNT }),
      );
      assert.match(role.Role!.RoleId!, /^AROA[A-Z2-7]{17}$/);
      const policy = await iam.send(
        new CreatePolicyCommand({ PolicyName: 'ids-policy', PolicyDocument: allowPolicy('s3:*') }),
      );
      assert.match(policy.Policy!.PolicyId!, /^ANPA[A-Z2-7]{17}$/);
      const profile = await iam.send(
        new CreateInstanceProfileCommand({ InstanceProfileName: 'ids-profile' }),
      );
      assert.match(profile.InstanceProfile!.InstanceProfileId!, /^AIPA[A-Z2-7]{17}$/);
      const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'ids-user' }));
      assert.match(key.AccessKey!.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
      assert.equal(key.AccessKey!.SecretAccessKey!.length, 40);

      const caller = await createUserWithKey(iam, 'ids-caller', allowPolicy('sts:AssumeRole'));
      const session = await server
        .sts(caller.credentials)
        .send(new AssumeRoleCommand({ RoleArn: role.Role!.Arn!, RoleSessionName: 'ids' }));
      assert.match(session.Credentials!.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);
      const token = await server.sts(caller.credentials).send(new GetSessionTokenCommand({}));
      assert.match(token.Credentials!.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);

      const ids = [user.User!.UserId, group.Group!.GroupId, role.Role!.RoleId, policy.Policy!.PolicyId];
      assert.equal(new Set(ids).size, ids.length);
    });
  });

  describe('GetUser without UserName', () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html: "If you do not specify a user
    // name, IAM determines the user name implicitly based on the AWS access key ID used to sign the request."
    it('answers the calling IAM user, and the root user for root credentials', async () => {
      const caller = await createUserWithKey(iam, 'whoami', allowPolicy('iam:GetUser'));
      const self = await server.iam(caller.credentials).send(new GetUserCommand({}));
      assert.equal(self.User?.UserName, 'whoami');
      assert.equal(self.User?.Arn, caller.arn);
      const root = await iam.send(new GetUserCommand({}));
      assert.equal(root.User?.Arn, `arn:aws:iam::${ACCOUNT}:root`);
      assert.equal(root.User?.UserId, ACCOUNT);
    });

    it('asks a role session for a UserName', async () => {
      const caller = await createUserWithKey(iam, 'whoami-role', allowPolicy('sts:AssumeRole'));
      await iam.send(
        new CreateRoleCommand({ RoleName: 'whoami-target', AssumeRolePolicyDocument: TRUST_ACCOUNT }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'whoami-target',
          PolicyName: 'get-user',
          PolicyDocument: allowPolicy('iam:GetUser'),
        }),
      );
      const assumed = await server.sts(caller.credentials).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${ACCOUNT}:role/whoami-target`,
          RoleSessionName: 'whoami',
        }),
      );
      const c = assumed.Credentials!;
      const session = server.iam({
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      });
      const error = await rejection(session.send(new GetUserCommand({})));
      assert.equal(error.name, 'ValidationError');
      assert.equal(error.message, 'Must specify userName when calling with non-User credentials');
    });
  });

  describe('enforcement on real calls', () => {
    const notAuthorized = (caller: string, action: string, resource: string) =>
      `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`;
    const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
    const userArn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html#access-denied-error-messages
    it('names the policy type: no identity-based policy, an explicit deny, no permissions boundary', async () => {
      const caller = await createUserWithKey(
        iam,
        'enf-user',
        policyText({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListRoles', 'iam:GetRole'], Resource: '*' },
            { Effect: 'Deny', Action: 'iam:GetRole', Resource: '*' },
          ],
        }),
      );
      const client = server.iam(caller.credentials);
      const implicit = await rejection(client.send(new CreateUserCommand({ UserName: 'enf-other' })));
      assert.equal(implicit.name, 'AccessDenied');
      assert.equal(implicit.$metadata?.httpStatusCode, 403);
      assert.equal(
        implicit.message,
        `${notAuthorized(caller.arn, 'iam:CreateUser', userArn('enf-other'))} because no identity-based policy allows the iam:CreateUser action`,
      );
      const explicit = await rejection(client.send(new GetRoleCommand({ RoleName: 'enf-any' })));
      assert.equal(
        explicit.message,
        `${notAuthorized(caller.arn, 'iam:GetRole', roleArn('enf-any'))} with an explicit deny in an identity-based policy`,
      );
      await iam.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: 'enf-user',
          PermissionsBoundary: `${AWS}/IAMReadOnlyAccess`,
        }),
      );
      // IAMReadOnlyAccess allows iam:Get* and iam:List*: GetUser stays allowed, a write would not be.
      await client.send(new GetUserCommand({ UserName: 'enf-user' }));
      await iam.send(
        new PutUserPermissionsBoundaryCommand({
          UserName: 'enf-user',
          PermissionsBoundary: `${AWS}/AmazonS3ReadOnlyAccess`,
        }),
      );
      const bounded = await rejection(client.send(new GetUserCommand({ UserName: 'enf-user' })));
      assert.equal(
        bounded.message,
        `${notAuthorized(caller.arn, 'iam:GetUser', caller.arn)} because no permissions boundary allows the iam:GetUser action`,
      );
    });

    it("bounds a role's sessions by the role's permissions boundary", async () => {
      const caller = await createUserWithKey(iam, 'enf-assumer', allowPolicy('sts:AssumeRole'));
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'enf-bounded',
          AssumeRolePolicyDocument: TRUST_ACCOUNT,
          PermissionsBoundary: `${AWS}/IAMReadOnlyAccess`,
        }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'enf-bounded',
          PolicyName: 'all-iam',
          PolicyDocument: allowPolicy('iam:*'),
        }),
      );
      const assumed = await server
        .sts(caller.credentials)
        .send(new AssumeRoleCommand({ RoleArn: roleArn('enf-bounded'), RoleSessionName: 'bounded' }));
      const c = assumed.Credentials!;
      const session = server.iam({
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      });
      await session.send(new GetRoleCommand({ RoleName: 'enf-bounded' }));
      const denied = await rejection(session.send(new CreateUserCommand({ UserName: 'enf-x' })));
      assert.equal(
        denied.message,
        `${notAuthorized(`arn:aws:sts::${ACCOUNT}:assumed-role/enf-bounded/bounded`, 'iam:CreateUser', userArn('enf-x'))} because no permissions boundary allows the iam:CreateUser action`,
      );
    });

    it('is not limited for the root user, who has no identity policies', async () => {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
      await iam.send(new CreateUserCommand({ UserName: 'enf-by-root' }));
      await iam.send(new DeleteUserCommand({ UserName: 'enf-by-root' }));
    });

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltag
    it('evaluates aws:PrincipalTag of the calling user in a trust policy', async () => {
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'enf-blue-only',
          AssumeRolePolicyDocument: policyText({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
                Action: 'sts:AssumeRole',
                Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } },
              },
            ],
          }),
        }),
      );
      const blue = await createUserWithKey(iam, 'enf-blue', allowPolicy('sts:AssumeRole'));
      await iam.send(new TagUserCommand({ UserName: 'enf-blue', Tags: [{ Key: 'team', Value: 'blue' }] }));
      const red = await createUserWithKey(iam, 'enf-red', allowPolicy('sts:AssumeRole'));
      await iam.send(new TagUserCommand({ UserName: 'enf-red', Tags: [{ Key: 'team', Value: 'red' }] }));
      const input = { RoleArn: roleArn('enf-blue-only'), RoleSessionName: 'tagged' };
      const ok = await server.sts(blue.credentials).send(new AssumeRoleCommand(input));
      assert.equal(ok.AssumedRoleUser?.Arn, `arn:aws:sts::${ACCOUNT}:assumed-role/enf-blue-only/tagged`);
      const denied = await rejection(server.sts(red.credentials).send(new AssumeRoleCommand(input)));
      assert.equal(denied.name, 'AccessDenied');
      assert.equal(denied.message, notAuthorized(red.arn, 'sts:AssumeRole', roleArn('enf-blue-only')));
    });

    it('denies AssumeRole when the caller has an explicit Deny, even if the trust policy names the user', async () => {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
      const caller = await createUserWithKey(
        iam,
        'enf-denied-assumer',
        policyText({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }],
        }),
      );
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'enf-names-user',
          AssumeRolePolicyDocument: policyText({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: caller.arn }, Action: 'sts:AssumeRole' }],
          }),
        }),
      );
      const denied = await rejection(
        server
          .sts(caller.credentials)
          .send(new AssumeRoleCommand({ RoleArn: roleArn('enf-names-user'), RoleSessionName: 'denied' })),
      );
      assert.equal(denied.name, 'AccessDenied');
      assert.equal(denied.message, notAuthorized(caller.arn, 'sts:AssumeRole', roleArn('enf-names-user')));
    });

    it('intersects an inline session policy with managed session policies and the role policies', async () => {
      // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
      const caller = await createUserWithKey(iam, 'enf-session', allowPolicy('sts:AssumeRole'));
      await iam.send(
        new CreateRoleCommand({ RoleName: 'enf-wide', AssumeRolePolicyDocument: TRUST_ACCOUNT }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'enf-wide',
          PolicyName: 'iam-read',
          PolicyDocument: allowPolicy(['iam:Get*', 'iam:List*']),
        }),
      );
      const assumed = await server.sts(caller.credentials).send(
        new AssumeRoleCommand({
          RoleArn: roleArn('enf-wide'),
          RoleSessionName: 'narrow',
          Policy: allowPolicy(['iam:GetRole', 'iam:CreateUser']),
          PolicyArns: [{ arn: `${AWS}/IAMReadOnlyAccess` }],
        }),
      );
      const c = assumed.Credentials!;
      const session = server.iam({
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      });
      // GetRole: allowed by the role, by the inline session policy and by IAMReadOnlyAccess.
      await session.send(new GetRoleCommand({ RoleName: 'enf-wide' }));
      // ListRoles: allowed by the role and IAMReadOnlyAccess (session policies are a union), not by Policy.
      await session.send(new ListRolesCommand({}));
      // CreateUser: in the inline session policy only, not in the role's policies.
      const denied = await rejection(session.send(new CreateUserCommand({ UserName: 'enf-y' })));
      assert.match(denied.message, /because no identity-based policy allows the iam:CreateUser action$/);
    });
  });

  describe('sessions of a deleted role', () => {
    // Role sessions belong to the role's unique id (AssumedRoleId AROA...:session): a role created later with
    // the same name is another role, whose permissions the old sessions never get.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
    it('end with the role: a new role of the same name does not lend them its permissions', async () => {
      const caller = await createUserWithKey(iam, 'reborn-caller', allowPolicy('sts:AssumeRole'));
      await iam.send(new CreateRoleCommand({ RoleName: 'reborn', AssumeRolePolicyDocument: TRUST_ACCOUNT }));
      const assumed = await server
        .sts(caller.credentials)
        .send(
          new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCOUNT}:role/reborn`, RoleSessionName: 'old' }),
        );
      const c = assumed.Credentials!;
      const old = server.iam({
        accessKeyId: c.AccessKeyId!,
        secretAccessKey: c.SecretAccessKey!,
        sessionToken: c.SessionToken!,
      });
      await iam.send(new DeleteRoleCommand({ RoleName: 'reborn' }));
      await iam.send(new CreateRoleCommand({ RoleName: 'reborn', AssumeRolePolicyDocument: TRUST_ACCOUNT }));
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: 'reborn',
          PolicyName: 'admin',
          PolicyDocument: allowPolicy('*'),
        }),
      );
      const refused = await rejection(old.send(new CreateUserCommand({ UserName: 'reborn-escalated' })));
      assert.equal(refused.$metadata?.httpStatusCode, 403);
      await assert.rejects(iam.send(new GetUserCommand({ UserName: 'reborn-escalated' })), {
        name: 'NoSuchEntityException',
      });
    });
  });
});
