// IAM instance profiles end to end with the AWS SDK: create/get/list/delete, the one-role quota, roles
// shown as they are, listing by role, tags, the Image Builder instance profile procedure, and
// authorization (iam:PassRole on AddRoleToInstanceProfile; AWSImageBuilderFullAccess's scoping).
// Expected messages: IAM API reference pages and AWS error transcripts cited next to each test.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  DeleteInstanceProfileCommand,
  GetInstanceProfileCommand,
  ListInstanceProfileTagsCommand,
  ListInstanceProfilesCommand,
  ListInstanceProfilesForRoleCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagInstanceProfileCommand,
  UntagInstanceProfileCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';

const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const profileArn = (path: string, name: string) => `arn:aws:iam::${ACCOUNT}:instance-profile${path}${name}`;
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

/** A user with the given inline and managed policies and an access key, written straight to the store. */
async function restrictedUser(
  server: TestServer,
  name: string,
  inline: readonly string[],
  attached: readonly string[] = [],
): Promise<Credentials> {
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
      attachedPolicies: [...attached],
      inlinePolicies: inline.map((document, i) => ({ name: `p${i}`, document })),
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

describe('IAM instance profiles', () => {
  let server: TestServer;
  let iam: IAMClient;
  before(async () => {
    server = await startTestServer();
    iam = server.iam();
    for (const name of ['WebRole', 'OtherRole']) {
      await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: EC2_TRUST }));
    }
  });
  after(() => server.stop());

  it('creates an empty instance profile with a path and tags', async () => {
    const { InstanceProfile: profile } = await iam.send(
      new CreateInstanceProfileCommand({
        InstanceProfileName: 'WebProfile',
        Path: '/web/',
        Tags: [{ Key: 'tier', Value: 'web' }],
      }),
    );
    assert.equal(profile?.InstanceProfileName, 'WebProfile');
    assert.equal(profile?.Path, '/web/');
    assert.equal(profile?.Arn, profileArn('/web/', 'WebProfile'));
    assert.match(profile?.InstanceProfileId ?? '', /^AIPA[A-Z2-7]{17}$/);
    assert.ok(profile?.CreateDate instanceof Date);
    assert.deepEqual(profile?.Roles, []);
    assert.deepEqual(profile?.Tags, [{ Key: 'tier', Value: 'web' }]);
  });

  it('refuses a second profile with the same name in any case', async () => {
    await assert.rejects(iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'webprofile' })), {
      name: 'EntityAlreadyExistsException',
      message: 'Instance Profile webprofile already exists.',
    });
  });

  it('reports a missing profile with AWS message', async () => {
    // skyplane-project/skyplane#724, DataBiosphere/toil#4836 (AWS responses).
    await assert.rejects(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'Nope' })), {
      name: 'NoSuchEntityException',
      message: 'Instance Profile Nope cannot be found.',
    });
    await assert.rejects(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'Nope' })), {
      name: 'NoSuchEntityException',
      message: 'Instance Profile Nope cannot be found.',
    });
  });

  it('adds a role and shows it in GetInstanceProfile', async () => {
    await iam.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'webprofile', RoleName: 'webrole' }),
    );
    const { InstanceProfile: profile } = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'WebProfile' }),
    );
    assert.equal(profile?.Roles?.length, 1);
    const role = profile?.Roles?.[0];
    assert.equal(role?.RoleName, 'WebRole');
    assert.equal(role?.Arn, roleArn('WebRole'));
    assert.match(role?.RoleId ?? '', /^AROA/);
    assert.equal(role?.AssumeRolePolicyDocument, encodeURIComponent(EC2_TRUST));
  });

  it('holds at most one role: a second role, or the same again, is LimitExceeded', async () => {
    // AWS: "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1" (getmoto/moto#6404, checked
    // against AWS); the same role again is LimitExceeded too (coreos/mantle#1058).
    const quota = {
      name: 'LimitExceededException',
      message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
    };
    await assert.rejects(
      iam.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'WebProfile', RoleName: 'OtherRole' }),
      ),
      quota,
    );
    await assert.rejects(
      iam.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'WebProfile', RoleName: 'WebRole' }),
      ),
      quota,
    );
  });

  it('refuses a role or profile that does not exist', async () => {
    await assert.rejects(
      iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'WebProfile', RoleName: 'Ghost' })),
      { name: 'NoSuchEntityException', message: 'The role with name Ghost cannot be found.' },
    );
    await assert.rejects(
      iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'Ghost', RoleName: 'WebRole' })),
      { name: 'NoSuchEntityException', message: 'Instance Profile Ghost cannot be found.' },
    );
  });

  it('lists profiles by path prefix, with their roles but without tags, paginated', async () => {
    await iam.send(
      new CreateInstanceProfileCommand({ InstanceProfileName: 'BatchProfile', Path: '/batch/' }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'RootProfile' }));
    const web = await iam.send(new ListInstanceProfilesCommand({ PathPrefix: '/web/' }));
    assert.deepEqual(
      web.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ['WebProfile'],
    );
    assert.equal(web.InstanceProfiles?.[0]?.Roles?.[0]?.RoleName, 'WebRole');
    assert.equal(web.InstanceProfiles?.[0]?.Tags, undefined);
    const first = await iam.send(new ListInstanceProfilesCommand({ MaxItems: 2 }));
    assert.equal(first.IsTruncated, true);
    const rest = await iam.send(new ListInstanceProfilesCommand({ Marker: first.Marker! }));
    assert.equal(rest.IsTruncated, false);
    const names = [...first.InstanceProfiles!, ...rest.InstanceProfiles!]
      .map((p) => p.InstanceProfileName)
      .sort();
    assert.deepEqual(names, ['BatchProfile', 'RootProfile', 'WebProfile']);
  });

  it('lists the profiles that hold a role', async () => {
    const held = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'WEBROLE' }));
    assert.deepEqual(
      held.InstanceProfiles?.map((p) => p.InstanceProfileName),
      ['WebProfile'],
    );
    const none = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'OtherRole' }));
    assert.deepEqual(none.InstanceProfiles ?? [], []);
    await assert.rejects(iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'Ghost' })), {
      name: 'NoSuchEntityException',
    });
  });

  it('tags, lists and untags a profile', async () => {
    await iam.send(
      new TagInstanceProfileCommand({
        InstanceProfileName: 'WebProfile',
        Tags: [{ Key: 'owner', Value: 'ops' }],
      }),
    );
    const tags = await iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'WebProfile' }));
    assert.deepEqual(tags.Tags, [
      { Key: 'tier', Value: 'web' },
      { Key: 'owner', Value: 'ops' },
    ]);
    await iam.send(new UntagInstanceProfileCommand({ InstanceProfileName: 'WebProfile', TagKeys: ['TIER'] }));
    const left = await iam.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: 'WebProfile' }));
    assert.deepEqual(left.Tags, [{ Key: 'owner', Value: 'ops' }]);
    await assert.rejects(
      iam.send(
        new TagInstanceProfileCommand({
          InstanceProfileName: 'WebProfile',
          Tags: [{ Key: 'aws:x', Value: 'y' }],
        }),
      ),
      { name: 'InvalidInputException' },
    );
  });

  it('refuses to delete a profile that holds a role, then deletes it once emptied', async () => {
    // aws-spec-digest §3.6; cloud-custodian/cloud-custodian#6044 (AWS response).
    await assert.rejects(iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'WebProfile' })), {
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must remove roles from instance profile first.',
    });
    await assert.rejects(
      iam.send(
        new RemoveRoleFromInstanceProfileCommand({
          InstanceProfileName: 'WebProfile',
          RoleName: 'OtherRole',
        }),
      ),
      { name: 'NoSuchEntityException' },
    );
    await iam.send(
      new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'WebProfile', RoleName: 'WebRole' }),
    );
    const { InstanceProfile: empty } = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'WebProfile' }),
    );
    assert.deepEqual(empty?.Roles, []);
    await iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'WebProfile' }));
    await assert.rejects(iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'WebProfile' })), {
      name: 'NoSuchEntityException',
    });
  });

  it("the Image Builder instance profile: a role with the guide's two managed policies in a profile", async () => {
    // seed 001: EC2InstanceProfileForImageBuilder and AmazonSSMManagedInstanceCore on the profile's role.
    await iam.send(
      new CreateRoleCommand({ RoleName: 'ImageBuilderInstanceRole', AssumeRolePolicyDocument: EC2_TRUST }),
    );
    for (const name of ['EC2InstanceProfileForImageBuilder', 'AmazonSSMManagedInstanceCore']) {
      await iam.send(
        new AttachRolePolicyCommand({
          RoleName: 'ImageBuilderInstanceRole',
          PolicyArn: `arn:aws:iam::aws:policy/${name}`,
        }),
      );
    }
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'ImageBuilderInstanceProfile' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'ImageBuilderInstanceProfile',
        RoleName: 'ImageBuilderInstanceRole',
      }),
    );
    const { InstanceProfile: profile } = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'ImageBuilderInstanceProfile' }),
    );
    assert.deepEqual(
      profile?.Roles?.map((r) => r.Arn),
      [roleArn('ImageBuilderInstanceRole')],
    );
  });

  describe('authorization', () => {
    it('AddRoleToInstanceProfile also needs iam:PassRole on the role', async () => {
      // API reference: "The caller of this operation must be granted the PassRole permission on the IAM role".
      const addOnly = JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'iam:AddRoleToInstanceProfile', Resource: '*' }],
      });
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'PassProfile' }));
      const client = server.iam(await restrictedUser(server, 'adder', [addOnly]));
      await assert.rejects(
        client.send(
          new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'PassProfile', RoleName: 'OtherRole' }),
        ),
        {
          name: 'AccessDenied',
          message: `User: arn:aws:iam::${ACCOUNT}:user/adder is not authorized to perform: iam:PassRole on resource: ${roleArn('OtherRole')} because no identity-based policy allows the iam:PassRole action`,
        },
      );
      const passToEc2 = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: roleArn('OtherRole'),
            Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
          },
        ],
      });
      const allowed = server.iam(await restrictedUser(server, 'passer', [addOnly, passToEc2]));
      await allowed.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'PassProfile', RoleName: 'OtherRole' }),
      );
    });

    it('AWSImageBuilderFullAccess reads only instance profiles named *imagebuilder*', async () => {
      await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'my-imagebuilder-profile' }));
      const client = server.iam(
        await restrictedUser(server, 'ibuser', [], ['arn:aws:iam::aws:policy/AWSImageBuilderFullAccess']),
      );
      const got = await client.send(
        new GetInstanceProfileCommand({ InstanceProfileName: 'my-imagebuilder-profile' }),
      );
      assert.equal(got.InstanceProfile?.InstanceProfileName, 'my-imagebuilder-profile');
      await client.send(new ListInstanceProfilesCommand({}));
      await assert.rejects(
        client.send(new GetInstanceProfileCommand({ InstanceProfileName: 'RootProfile' })),
        {
          name: 'AccessDenied',
          message: `User: arn:aws:iam::${ACCOUNT}:user/ibuser is not authorized to perform: iam:GetInstanceProfile on resource: ${profileArn('/', 'RootProfile')} because no identity-based policy allows the iam:GetInstanceProfile action`,
        },
      );
      await assert.rejects(
        client.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'my-imagebuilder-profile' })),
        {
          name: 'AccessDenied',
        },
      );
    });

    it('denies by the profile tags (aws:ResourceTag) and by request tags (aws:RequestTag)', async () => {
      await iam.send(
        new CreateInstanceProfileCommand({
          InstanceProfileName: 'ProdProfile',
          Tags: [{ Key: 'env', Value: 'prod' }],
        }),
      );
      const policy = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:*InstanceProfile*', Resource: '*' },
          {
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } },
          },
          {
            Effect: 'Deny',
            Action: 'iam:CreateInstanceProfile',
            Resource: '*',
            Condition: { Null: { 'aws:RequestTag/env': 'true' } },
          },
        ],
      });
      const client = server.iam(await restrictedUser(server, 'tagger', [policy]));
      await assert.rejects(
        client.send(new GetInstanceProfileCommand({ InstanceProfileName: 'ProdProfile' })),
        {
          name: 'AccessDenied',
        },
      );
      await assert.rejects(
        client.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'Untagged' })),
        {
          name: 'AccessDenied',
        },
      );
      await client.send(
        new CreateInstanceProfileCommand({
          InstanceProfileName: 'DevProfile',
          Tags: [{ Key: 'env', Value: 'dev' }],
        }),
      );
    });
  });
});
