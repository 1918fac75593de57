// Image Builder infrastructure and distribution configurations end to end with the AWS SDK, and the IAM
// checks they bring: the instance profile must exist and hold a role; the caller must be allowed
// iam:PassRole of that role to ec2.amazonaws.com and iam:GetInstanceProfile (AWSImageBuilderFullAccess
// grants both only for names containing "imagebuilder"); imagebuilder:Ec2MetadataHttpTokens and
// imagebuilder:StatusTopicArn in conditions; the service-linked role created with the first resource,
// and refused without iam:CreateServiceLinkedRole.
// Sources: the Image Builder API reference (each operation), the user guide pages on identity-based
// policies, AWS managed policies and the service-linked role, and AWS error transcripts cited per test.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import {
  CreateDistributionConfigurationCommand,
  CreateInfrastructureConfigurationCommand,
  DeleteDistributionConfigurationCommand,
  DeleteInfrastructureConfigurationCommand,
  GetDistributionConfigurationCommand,
  GetInfrastructureConfigurationCommand,
  ListDistributionConfigurationsCommand,
  ListInfrastructureConfigurationsCommand,
  UpdateDistributionConfigurationCommand,
  UpdateInfrastructureConfigurationCommand,
  type CreateInfrastructureConfigurationCommandInput,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const FULL_ACCESS = 'arn:aws:iam::aws:policy/AWSImageBuilderFullAccess';
const SLR_NAME = 'AWSServiceRoleForImageBuilder';
const SLR_PATH = '/aws-service-role/imagebuilder.amazonaws.com/';
const SLR_POLICY = 'arn:aws:iam::aws:policy/aws-service-role/AWSServiceRoleForImageBuilder';
const EC2_TRUST = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const REGION = 'us-east-1';
const infraArn = (account: string, name: string) =>
  `arn:aws:imagebuilder:${REGION}:${account}:infrastructure-configuration/${name}`;

/** An instance profile (optionally holding a new role of the same stem) made by the account's root. */
async function instanceProfile(iam: IAMClient, profileName: string, roleName?: string): Promise<void> {
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: profileName }));
  if (roleName === undefined) return;
  await iam.send(new CreateRoleCommand({ RoleName: roleName, AssumeRolePolicyDocument: EC2_TRUST }));
  await iam.send(
    new AddRoleToInstanceProfileCommand({ InstanceProfileName: profileName, RoleName: roleName }),
  );
}

/** A user of the account with AWSImageBuilderFullAccess attached. */
async function fullAccessUser(iam: IAMClient, name: string): Promise<Credentials> {
  const user = await createUserWithKey(iam, name);
  await iam.send(new AttachUserPolicyCommand({ UserName: name, PolicyArn: FULL_ACCESS }));
  return user.credentials;
}

const infraInput = (
  name: string,
  instanceProfileName: string,
  extra: Partial<CreateInfrastructureConfigurationCommandInput> = {},
): CreateInfrastructureConfigurationCommandInput => ({ name, instanceProfileName, ...extra });

async function infraNames(client: ImagebuilderClient): Promise<string[]> {
  const listed = await client.send(new ListInfrastructureConfigurationsCommand({}));
  return (listed.infrastructureConfigurationSummaryList ?? []).map((s) => s.name ?? '');
}

describe('Image Builder infrastructure configurations', () => {
  let server: TestServer;
  let iam: IAMClient;
  let builder: ImagebuilderClient;
  let builderArn: string;

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
    // The seed's set-up: an instance profile whose role Image Builder's build instances use.
    await instanceProfile(iam, 'web-imagebuilder-profile', 'web-imagebuilder-role');
    await instanceProfile(iam, 'MyBuilderProfile', 'MyBuilderRole');
    await instanceProfile(iam, 'empty-imagebuilder-profile');
    const user = await createUserWithKey(iam, 'builder');
    await iam.send(new AttachUserPolicyCommand({ UserName: 'builder', PolicyArn: FULL_ACCESS }));
    builder = server.imagebuilder(user.credentials);
    builderArn = user.arn;
  });
  after(() => server.stop());

  it('lets AWSImageBuilderFullAccess use an instance profile named "...imagebuilder...", and creates the service-linked role', async () => {
    // https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html: "get and use
    // instance profiles whose name contains imagebuilder", "create the Image Builder service-linked role".
    const created = await builder.send(
      new CreateInfrastructureConfigurationCommand(
        infraInput('Web Servers', 'web-imagebuilder-profile', {
          description: 'web builds',
          instanceTypes: ['t3.medium'],
          tags: { team: 'web' },
        }),
      ),
    );
    assert.equal(created.infrastructureConfigurationArn, infraArn(ACCOUNT, 'web-servers'));
    assert.match(created.clientToken ?? '', /./);
    assert.match(created.requestId ?? '', /./);
    // https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-service-linked-role.html
    const role = await iam.send(new GetRoleCommand({ RoleName: SLR_NAME }));
    assert.equal(role.Role?.Path, SLR_PATH);
    assert.equal(role.Role?.Arn, `arn:aws:iam::${ACCOUNT}:role${SLR_PATH}${SLR_NAME}`);
    const trust = JSON.parse(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '')) as {
      Statement: unknown[];
    };
    assert.deepEqual(trust.Statement, [
      { Effect: 'Allow', Principal: { Service: 'imagebuilder.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: SLR_NAME }));
    assert.deepEqual(attached.AttachedPolicies, [
      { PolicyName: 'AWSServiceRoleForImageBuilder', PolicyArn: SLR_POLICY },
    ]);
  });

  it('denies iam:PassRole of a role whose name lacks "imagebuilder" (MyBuilderProfile)', async () => {
    // AWSImageBuilderFullAccess: iam:PassRole only on arn:aws:iam::*:role/*imagebuilder* with
    // iam:PassedToService = ec2.amazonaws.com. IAM UG troubleshoot_access-denied: message format.
    const error = await rejection(
      builder.send(new CreateInfrastructureConfigurationCommand(infraInput('mine', 'MyBuilderProfile'))),
    );
    assert.equal(error.name, 'AccessDeniedException');
    assert.equal(error.$metadata?.httpStatusCode, 403);
    assert.equal(
      error.message,
      `User: ${builderArn} is not authorized to perform: iam:PassRole on resource: ` +
        `arn:aws:iam::${ACCOUNT}:role/MyBuilderRole because no identity-based policy allows the iam:PassRole action`,
    );
    assert.ok(!(await infraNames(builder)).includes('mine'), 'nothing was written');
  });

  it('rejects an instance profile that does not exist or holds no role', async () => {
    // rhythmictech/terraform-aws-imagebuilder-pipeline#16: "The value supplied for parameter
    // 'instanceProfileName' is not valid. The provided instance profile does not exist. Please specify a
    // different instance profile and try again"
    await assert.rejects(
      builder.send(
        new CreateInfrastructureConfigurationCommand(infraInput('ghost', 'no-such-imagebuilder-profile')),
      ),
      {
        name: 'InvalidParameterValueException',
        message:
          "The value supplied for parameter 'instanceProfileName' is not valid. The provided instance profile does not exist. Please specify a different instance profile and try again.",
      },
    );
    const empty = await rejection(
      builder.send(
        new CreateInfrastructureConfigurationCommand(infraInput('empty', 'empty-imagebuilder-profile')),
      ),
    );
    assert.equal(empty.name, 'InvalidParameterValueException');
    assert.match(empty.message, /^The value supplied for parameter 'instanceProfileName' is not valid\./);
    const names = await infraNames(builder);
    assert.ok(!names.includes('ghost') && !names.includes('empty'));
  });

  it('checks sns:Publish on the status topic (granted by AWSImageBuilderFullAccess only for *imagebuilder* topics)', async () => {
    const topic = `arn:aws:sns:${REGION}:${ACCOUNT}:build-status`;
    const error = await rejection(
      builder.send(
        new CreateInfrastructureConfigurationCommand(
          infraInput('topic', 'web-imagebuilder-profile', { snsTopicArn: topic }),
        ),
      ),
    );
    assert.equal(error.name, 'AccessDeniedException');
    assert.match(error.message, new RegExp(`perform: sns:Publish on resource: ${topic} `));
    const ok = await builder.send(
      new CreateInfrastructureConfigurationCommand(
        infraInput('topic', 'web-imagebuilder-profile', {
          snsTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:imagebuilder-status`,
        }),
      ),
    );
    assert.equal(ok.infrastructureConfigurationArn, infraArn(ACCOUNT, 'topic'));
  });

  it('gets, lists, updates and deletes a configuration', async () => {
    const arn = infraArn(ACCOUNT, 'web-servers');
    const got = await builder.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }),
    );
    const config = got.infrastructureConfiguration;
    assert.equal(config?.arn, arn);
    assert.equal(config?.name, 'Web Servers');
    assert.equal(config?.description, 'web builds');
    assert.deepEqual(config?.instanceTypes, ['t3.medium']);
    assert.equal(config?.instanceProfileName, 'web-imagebuilder-profile');
    assert.deepEqual(config?.tags, { team: 'web' });
    assert.ok(!Number.isNaN(Date.parse(config?.dateCreated ?? '')));

    const filtered = await builder.send(
      new ListInfrastructureConfigurationsCommand({ filters: [{ name: 'name', values: ['Web Servers'] }] }),
    );
    assert.deepEqual(
      filtered.infrastructureConfigurationSummaryList?.map((s) => [s.arn, s.instanceProfileName]),
      [[arn, 'web-imagebuilder-profile']],
    );
    const paged = await builder.send(new ListInfrastructureConfigurationsCommand({ maxResults: 1 }));
    assert.equal(paged.infrastructureConfigurationSummaryList?.length, 1);
    assert.ok(paged.nextToken);

    await builder.send(
      new UpdateInfrastructureConfigurationCommand({
        infrastructureConfigurationArn: arn,
        instanceProfileName: 'web-imagebuilder-profile',
        description: 'updated',
        terminateInstanceOnFailure: true,
      }),
    );
    const updated = await builder.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }),
    );
    assert.equal(updated.infrastructureConfiguration?.description, 'updated');
    assert.equal(updated.infrastructureConfiguration?.terminateInstanceOnFailure, true);
    assert.ok(updated.infrastructureConfiguration?.dateUpdated);
    assert.deepEqual(updated.infrastructureConfiguration?.tags, { team: 'web' });

    // Update checks the instance profile as Create does.
    const denied = await rejection(
      builder.send(
        new UpdateInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: arn,
          instanceProfileName: 'MyBuilderProfile',
        }),
      ),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(denied.message, /iam:PassRole/);

    await builder.send(new DeleteInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }));
    await assert.rejects(
      builder.send(new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn })),
      { name: 'ResourceNotFoundException' },
    );
  });

  it('refuses a second configuration of the same name', async () => {
    // ministryofjustice/modernisation-platform-ami-builds#549: "The following resource 'ImageRecipe'
    // already exists: 'arn:...'."
    await assert.rejects(
      builder.send(
        new CreateInfrastructureConfigurationCommand(infraInput('topic', 'web-imagebuilder-profile')),
      ),
      {
        name: 'ResourceAlreadyExistsException',
        message: `The following resource 'InfrastructureConfiguration' already exists: '${infraArn(ACCOUNT, 'topic')}'.`,
      },
    );
  });

  it('answers a repeated clientToken with the first result, and refuses it with other parameters', async () => {
    const input = infraInput('idem', 'web-imagebuilder-profile', { clientToken: 'token-1' });
    const first = await builder.send(new CreateInfrastructureConfigurationCommand(input));
    const again = await builder.send(new CreateInfrastructureConfigurationCommand(input));
    assert.equal(again.infrastructureConfigurationArn, first.infrastructureConfigurationArn);
    await assert.rejects(
      builder.send(new CreateInfrastructureConfigurationCommand({ ...input, description: 'other' })),
      { name: 'IdempotentParameterMismatchException' },
    );
  });

  it('validates the input before writing anything', async () => {
    await assert.rejects(
      builder.send(new CreateInfrastructureConfigurationCommand(infraInput('x', 'web-imagebuilder-profile'))),
      {
        name: 'InvalidParameterValueException',
        message: "The value supplied for parameter 'name' is not valid.",
      },
    );
    await assert.rejects(
      builder.send(
        new CreateInfrastructureConfigurationCommand(
          infraInput('bad-tokens', 'web-imagebuilder-profile', {
            instanceMetadataOptions: { httpTokens: 'maybe' },
          }),
        ),
      ),
      {
        name: 'InvalidParameterValueException',
        message: "The value supplied for parameter 'instanceMetadataOptions.httpTokens' is not valid.",
      },
    );
    assert.ok(!(await infraNames(builder)).includes('bad-tokens'));
  });
});

describe('Image Builder condition keys and the service-linked role in a fresh account', () => {
  const OTHER = '210987654321';
  let server: TestServer;
  let iam: IAMClient;
  let rootCredentials: Credentials;

  /** A user of the other account with an inline policy, and an Image Builder client for it. */
  async function userWith(name: string, statements: unknown[]): Promise<ImagebuilderClient> {
    const user = await createUserWithKey(
      iam,
      name,
      policyText({ Version: '2012-10-17', Statement: statements }),
    );
    return server.imagebuilder(user.credentials);
  }
  const passAndGet = {
    Effect: 'Allow',
    Action: ['iam:PassRole', 'iam:GetInstanceProfile'],
    Resource: '*',
  };
  const createSlr = {
    Effect: 'Allow',
    Action: 'iam:CreateServiceLinkedRole',
    Resource: `arn:aws:iam::*:role${SLR_PATH}${SLR_NAME}`,
    Condition: { StringLike: { 'iam:AWSServiceName': 'imagebuilder.amazonaws.com' } },
  };

  before(async () => {
    server = await startTestServer();
    rootCredentials = await server.createAccount(OTHER);
    iam = server.iam(rootCredentials);
    await instanceProfile(iam, 'builds', 'builds-role');
  });
  after(() => server.stop());

  it('refuses the first resource without iam:CreateServiceLinkedRole, and writes nothing', async () => {
    // IAM UG using-service-linked-roles: "you must configure permissions to allow an IAM entity ... to
    // create ... a service-linked role"; the denial names iam:CreateServiceLinkedRole.
    const client = await userWith('no-slr', [
      { Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' },
      passAndGet,
    ]);
    const error = await rejection(
      client.send(new CreateInfrastructureConfigurationCommand(infraInput('first', 'builds'))),
    );
    assert.equal(error.name, 'AccessDeniedException');
    assert.equal(
      error.message,
      `User: arn:aws:iam::${OTHER}:user/no-slr is not authorized to perform: iam:CreateServiceLinkedRole on resource: ` +
        `arn:aws:iam::${OTHER}:role${SLR_PATH}${SLR_NAME} because no identity-based policy allows the iam:CreateServiceLinkedRole action`,
    );
    await assert.rejects(iam.send(new GetRoleCommand({ RoleName: SLR_NAME })), {
      name: 'NoSuchEntityException',
    });
    assert.deepEqual(await infraNames(client), []);
    // A distribution configuration is an Image Builder resource too.
    const dist = await rejection(
      client.send(
        new CreateDistributionConfigurationCommand({
          name: 'first-dist',
          distributions: [
            { region: REGION, amiDistributionConfiguration: { name: 'ami-{{imagebuilder:buildDate}}' } },
          ],
        }),
      ),
    );
    assert.match(dist.message, /iam:CreateServiceLinkedRole/);
  });

  it('creates the service-linked role once, with the first resource', async () => {
    const client = await userWith('with-slr', [
      { Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' },
      passAndGet,
      createSlr,
    ]);
    await client.send(new CreateInfrastructureConfigurationCommand(infraInput('first', 'builds')));
    const role = await iam.send(new GetRoleCommand({ RoleName: SLR_NAME }));
    assert.equal(role.Role?.Arn, `arn:aws:iam::${OTHER}:role${SLR_PATH}${SLR_NAME}`);
    // The role exists now: a caller without iam:CreateServiceLinkedRole can create resources.
    const noSlr = server.imagebuilder(
      (
        await createUserWithKey(
          iam,
          'later',
          policyText({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' }, passAndGet],
          }),
        )
      ).credentials,
    );
    await noSlr.send(new CreateInfrastructureConfigurationCommand(infraInput('second', 'builds')));
    const again = await iam.send(new GetRoleCommand({ RoleName: SLR_NAME }));
    assert.equal(again.Role?.RoleId, role.Role?.RoleId);
  });

  it('evaluates imagebuilder:Ec2MetadataHttpTokens (a policy requiring "required")', async () => {
    // SAR: imagebuilder:Ec2MetadataHttpTokens "Filters access by the EC2 Instance Metadata HTTP Token
    // Requirement specified in the request".
    const client = await userWith('imds', [
      {
        Effect: 'Allow',
        Action: 'imagebuilder:CreateInfrastructureConfiguration',
        Resource: '*',
        Condition: { StringEquals: { 'imagebuilder:Ec2MetadataHttpTokens': 'required' } },
      },
      passAndGet,
    ]);
    for (const options of [undefined, { httpTokens: 'optional' }]) {
      const error = await rejection(
        client.send(
          new CreateInfrastructureConfigurationCommand(
            infraInput('imds', 'builds', options ? { instanceMetadataOptions: options } : {}),
          ),
        ),
      );
      assert.equal(error.name, 'AccessDeniedException');
      assert.match(error.message, /imagebuilder:CreateInfrastructureConfiguration on resource: /);
    }
    const ok = await client.send(
      new CreateInfrastructureConfigurationCommand(
        infraInput('imds', 'builds', {
          instanceMetadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
        }),
      ),
    );
    assert.equal(ok.infrastructureConfigurationArn, infraArn(OTHER, 'imds'));
  });

  it('evaluates imagebuilder:StatusTopicArn, imagebuilder:CreatedResourceTagKeys and aws:RequestTag', async () => {
    const topic = `arn:aws:sns:${REGION}:${OTHER}:approved`;
    const client = await userWith('keys', [
      {
        Effect: 'Allow',
        Action: 'imagebuilder:CreateInfrastructureConfiguration',
        Resource: '*',
        Condition: {
          ArnEquals: { 'imagebuilder:StatusTopicArn': topic },
          'ForAllValues:StringEquals': { 'imagebuilder:CreatedResourceTagKeys': ['cost-center'] },
          StringEquals: { 'aws:RequestTag/team': 'platform' },
        },
      },
      passAndGet,
      { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' },
    ]);
    const base = infraInput('keys', 'builds', {
      snsTopicArn: topic,
      resourceTags: { 'cost-center': '42' },
      tags: { team: 'platform' },
    });
    const denials = [
      { ...base, snsTopicArn: `arn:aws:sns:${REGION}:${OTHER}:other` },
      { ...base, resourceTags: { owner: 'me' } },
      { ...base, tags: { team: 'web' } },
    ];
    for (const input of denials) {
      const error = await rejection(client.send(new CreateInfrastructureConfigurationCommand(input)));
      assert.equal(error.name, 'AccessDeniedException');
    }
    await client.send(new CreateInfrastructureConfigurationCommand(base));
    const root = server.imagebuilder(rootCredentials);
    const got = await root.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: infraArn(OTHER, 'keys') }),
    );
    assert.deepEqual(got.infrastructureConfiguration?.resourceTags, { 'cost-center': '42' });
    assert.equal(got.infrastructureConfiguration?.snsTopicArn, topic);
  });

  it('evaluates aws:ResourceTag, and keeps configurations to their account', async () => {
    const stranger = server.imagebuilder(await server.createAccount('333333333333'));
    const client = await userWith('tagged', [
      {
        Effect: 'Allow',
        Action: [
          'imagebuilder:GetInfrastructureConfiguration',
          'imagebuilder:DeleteInfrastructureConfiguration',
        ],
        Resource: '*',
        Condition: { StringEquals: { 'aws:ResourceTag/team': 'platform' } },
      },
    ]);
    await client.send(
      new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: infraArn(OTHER, 'keys') }),
    );
    const denied = await rejection(
      client.send(
        new DeleteInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: infraArn(OTHER, 'first'),
        }),
      ),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    // Another account's root is authorized like any cross-account request: infrastructure
    // configurations take no resource-based policy, so nothing allows it.
    const foreign = await rejection(
      stranger.send(
        new GetInfrastructureConfigurationCommand({
          infrastructureConfigurationArn: infraArn(OTHER, 'keys'),
        }),
      ),
    );
    assert.equal(foreign.name, 'AccessDeniedException');
    assert.match(
      foreign.message,
      /because no resource-based policy allows the imagebuilder:GetInfrastructureConfiguration action$/,
    );
  });
});

describe('Image Builder distribution configurations', () => {
  let server: TestServer;
  let client: ImagebuilderClient;
  const arn = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:distribution-configuration/golden`;

  before(async () => {
    server = await startTestServer();
    client = server.imagebuilder(await fullAccessUser(server.iam(), 'distributor'));
  });
  after(() => server.stop());

  it('creates a configuration with AMI and container outputs and returns it as given', async () => {
    // https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Distribution.html
    const distributions = [
      {
        region: REGION,
        amiDistributionConfiguration: {
          name: 'golden-{{imagebuilder:buildDate}}',
          targetAccountIds: ['111122223333'],
          kmsKeyId: 'alias/golden',
          launchPermission: { userIds: ['444455556666'], userGroups: ['all'] },
        },
        launchTemplateConfigurations: [{ launchTemplateId: 'lt-0123456789abcdef0', setDefaultVersion: true }],
      },
      {
        region: 'eu-west-1',
        containerDistributionConfiguration: {
          containerTags: ['latest'],
          targetRepository: { service: 'ECR' as const, repositoryName: 'golden' },
        },
      },
    ];
    const created = await client.send(
      new CreateDistributionConfigurationCommand({
        name: 'golden',
        description: 'golden AMIs',
        distributions,
        tags: { env: 'prod' },
      }),
    );
    assert.equal(created.distributionConfigurationArn, arn);
    const got = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn }),
    );
    assert.deepEqual(got.distributionConfiguration?.distributions, distributions);
    assert.equal(got.distributionConfiguration?.timeoutMinutes, 720);
    assert.deepEqual(got.distributionConfiguration?.tags, { env: 'prod' });
    const listed = await client.send(new ListDistributionConfigurationsCommand({}));
    assert.deepEqual(
      listed.distributionConfigurationSummaryList?.map((s) => [s.arn, s.regions]),
      [[arn, [REGION, 'eu-west-1']]],
    );
  });

  it('requires an output for each Region and valid account ids', async () => {
    // pulumi/pulumi#6343: "The value supplied for parameter 'distributions[0]' is not valid. One or more
    // outputs should be provided for each region in a distribution configuration."
    await assert.rejects(
      client.send(
        new CreateDistributionConfigurationCommand({ name: 'empty', distributions: [{ region: REGION }] }),
      ),
      {
        name: 'InvalidParameterValueException',
        message:
          "The value supplied for parameter 'distributions[0]' is not valid. One or more outputs should be provided for each region in a distribution configuration.",
      },
    );
    await assert.rejects(
      client.send(
        new CreateDistributionConfigurationCommand({
          name: 'bad-account',
          distributions: [{ region: REGION, amiDistributionConfiguration: { targetAccountIds: ['12345'] } }],
        }),
      ),
      {
        name: 'InvalidParameterValueException',
        message:
          "The value supplied for parameter 'distributions[0].amiDistributionConfiguration.targetAccountIds' is not valid.",
      },
    );
    await assert.rejects(
      client.send(new CreateDistributionConfigurationCommand({ name: 'none', distributions: [] })),
      {
        name: 'InvalidParameterValueException',
      },
    );
    const listed = await client.send(new ListDistributionConfigurationsCommand({}));
    assert.equal(listed.distributionConfigurationSummaryList?.length, 1);
  });

  it('updates and deletes a configuration', async () => {
    await client.send(
      new UpdateDistributionConfigurationCommand({
        distributionConfigurationArn: arn,
        description: 'one Region',
        distributions: [
          { region: REGION, amiDistributionConfiguration: { name: 'golden-{{imagebuilder:buildDate}}' } },
        ],
      }),
    );
    const got = await client.send(
      new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn }),
    );
    assert.equal(got.distributionConfiguration?.description, 'one Region');
    assert.equal(got.distributionConfiguration?.distributions?.length, 1);
    assert.ok(got.distributionConfiguration?.dateUpdated);
    await client.send(new DeleteDistributionConfigurationCommand({ distributionConfigurationArn: arn }));
    await assert.rejects(
      client.send(new GetDistributionConfigurationCommand({ distributionConfigurationArn: arn })),
      {
        name: 'ResourceNotFoundException',
      },
    );
    await assert.rejects(
      client.send(new DeleteDistributionConfigurationCommand({ distributionConfigurationArn: arn })),
      {
        name: 'ResourceNotFoundException',
      },
    );
  });
});
