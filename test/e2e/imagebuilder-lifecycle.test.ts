// Image Builder lifecycle policies end to end: the policy operations (with iam:PassRole of the execution
// role to imagebuilder.amazonaws.com and imagebuilder:LifecyclePolicyResourceType), policy runs that
// deprecate or delete the images their rules select (count filter, recipe selection, exclusion tags), with
// their AMIs and snapshots, as the execution role — refused when the role lacks the permissions of
// EC2ImageBuilderLifecycleExecutionPolicy or does not trust Image Builder; AMIs distributed to another
// account acted on through Ec2ImageBuilderCrossAccountLifecycleAccess there (its documented trust
// conditions evaluated); StartResourceStateUpdate and CancelLifecycleExecution.
// Sources: https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-prerequisites.html
// (the roles and trust policies, seed 002), .../image-lifecycle-rules.html, and the API reference pages
// of each operation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttachRolePolicyCommand, CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import {
  CancelLifecycleExecutionCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateLifecyclePolicyCommand,
  DeleteLifecyclePolicyCommand,
  GetImageCommand,
  GetLifecycleExecutionCommand,
  GetLifecyclePolicyCommand,
  ListLifecycleExecutionResourcesCommand,
  ListLifecycleExecutionsCommand,
  ListLifecyclePoliciesCommand,
  StartResourceStateUpdateCommand,
  TagResourceCommand,
  UpdateLifecyclePolicyCommand,
  type CreateLifecyclePolicyCommandInput,
  type ImagebuilderClient,
  type LifecycleExecution,
} from '@aws-sdk/client-imagebuilder';
import { ACCOUNT, type Credentials } from './harness.js';
import { createUserWithKey, policyText, rejection } from './support/iam-helpers.js';
import {
  containerRecipe,
  infrastructure,
  instanceProfileRole,
  recipe,
  REGION,
  startBuildServer,
  waitForImage,
  type BuildServer,
} from './support/imagebuilder-build-setup.js';
import {
  crossAccountLifecycleTrustPolicy,
  distributionCrossAccountTrustPolicy,
  LIFECYCLE_EXECUTION_TRUST_POLICY,
  MANAGED,
} from './support/seed-documents.js';

const TARGET = '111122223333';

interface LogEntry {
  principal: string;
  action: string;
  decision: string;
}

const decisions = (server: BuildServer): LogEntry[] =>
  readFileSync(join(server.dataDir, 'decisions.jsonl'), 'utf8')
    .split('\n')
    .slice(0, -1) // the text after the last newline is empty, or a line still being written
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogEntry);

/** The decision log once it holds what `ready` looks for (it is written through a buffered stream). */
async function loggedDecisions(
  server: BuildServer,
  ready: (log: LogEntry[]) => boolean,
): Promise<LogEntry[]> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const log = decisions(server);
    if (ready(log) || Date.now() > deadline) return log;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const policyArn = (name: string) => `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:lifecycle-policy/${name}`;

/** Builds `count` images of a new recipe, one after the other; returns their ARNs, oldest first. */
async function images(
  ib: ImagebuilderClient,
  infraArn: string,
  name: string,
  count: number,
  distArn?: string,
) {
  const recipeArn = await recipe(ib, name);
  const arns: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await ib.send(
      new CreateImageCommand({
        imageRecipeArn: recipeArn,
        infrastructureConfigurationArn: infraArn,
        ...(distArn ? { distributionConfigurationArn: distArn } : {}),
      }),
    );
    const image = await waitForImage(ib, created.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    arns.push(image.arn ?? '');
  }
  return arns;
}

/** Waits for the policy's (or image's) first finished lifecycle execution. */
async function execution(ib: ImagebuilderClient, resourceArn: string): Promise<LifecycleExecution> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const list = await ib.send(new ListLifecycleExecutionsCommand({ resourceArn }));
    const done = list.lifecycleExecutions?.find(
      (e) => !['PENDING', 'IN_PROGRESS'].includes(e.state?.status ?? ''),
    );
    if (done) return done;
    if (Date.now() > deadline) throw new Error(`no lifecycle execution finished for ${resourceArn}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function resources(ib: ImagebuilderClient, id: string, parentResourceId?: string) {
  const out = await ib.send(
    new ListLifecycleExecutionResourcesCommand({
      lifecycleExecutionId: id,
      ...(parentResourceId ? { parentResourceId } : {}),
    }),
  );
  return out.resources ?? [];
}

const statusOf = async (ib: ImagebuilderClient, arn: string) =>
  (await ib.send(new GetImageCommand({ imageBuildVersionArn: arn }))).image?.state?.status;

function countPolicy(
  name: string,
  recipeName: string,
  type: 'DEPRECATE' | 'DELETE',
  extra: object = {},
): CreateLifecyclePolicyCommandInput {
  return {
    name,
    executionRole: 'LifecycleRole',
    resourceType: 'AMI_IMAGE',
    policyDetails: [{ action: { type, ...extra }, filter: { type: 'COUNT', value: 1 } }],
    resourceSelection: { recipes: [{ name: recipeName, semanticVersion: '1.x.x' }] },
  };
}

describe('lifecycle policies', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let infraArn: string;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    const iam = server.iam();
    await instanceProfileRole(iam, 'ImageBuilderInstanceRole');
    infraArn = await infrastructure(ib, 'lifecycle-infra', 'ImageBuilderInstanceRole');
    // Seed 002: the lifecycle execution role, trusting Image Builder, with EC2ImageBuilderLifecycleExecutionPolicy.
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'LifecycleRole',
        AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'LifecycleRole', PolicyArn: MANAGED.lifecycleExecution }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'BareLifecycleRole',
        AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
      }),
    );
  });
  after(() => server.stop());

  it('creates, reads, lists, updates and deletes a policy', async () => {
    const input = {
      ...countPolicy('Keep Latest', 'nothing', 'DEPRECATE'),
      status: 'DISABLED' as const,
      tags: { team: 'platform' },
    };
    const created = await ib.send(new CreateLifecyclePolicyCommand(input));
    assert.equal(created.lifecyclePolicyArn, policyArn('keep-latest'));
    const got = (
      await ib.send(new GetLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('keep-latest') }))
    ).lifecyclePolicy;
    assert.equal(got?.name, 'Keep Latest');
    assert.equal(got?.status, 'DISABLED');
    assert.equal(got?.executionRole, 'LifecycleRole');
    assert.deepEqual(got?.policyDetails, [
      { action: { type: 'DEPRECATE' }, filter: { type: 'COUNT', value: 1 } },
    ]);
    assert.deepEqual(got?.tags, { team: 'platform' });
    assert.ok(got?.dateCreated instanceof Date);
    const listed = await ib.send(
      new ListLifecyclePoliciesCommand({ filters: [{ name: 'status', values: ['DISABLED'] }] }),
    );
    assert.deepEqual(
      listed.lifecyclePolicySummaryList?.map((p) => p.name),
      ['Keep Latest'],
    );
    await ib.send(
      new UpdateLifecyclePolicyCommand({
        ...countPolicy('ignored', 'nothing', 'DELETE'),
        lifecyclePolicyArn: policyArn('keep-latest'),
        status: 'DISABLED',
        description: 'now deletes',
      }),
    );
    const updated = (
      await ib.send(new GetLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('keep-latest') }))
    ).lifecyclePolicy;
    assert.equal(updated?.description, 'now deletes');
    assert.equal(updated?.policyDetails?.[0]?.action?.type, 'DELETE');
    assert.ok(updated?.dateUpdated instanceof Date);
    const duplicate = await rejection(ib.send(new CreateLifecyclePolicyCommand(input)));
    assert.equal(duplicate.name, 'ResourceAlreadyExistsException');
    assert.equal(
      duplicate.message,
      `The following resource 'LifecyclePolicy' already exists: '${policyArn('keep-latest')}'.`,
    );
    await ib.send(new DeleteLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('keep-latest') }));
    const gone = await rejection(
      ib.send(new GetLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('keep-latest') })),
    );
    assert.equal(gone.name, 'ResourceNotFoundException');
  });

  it('refuses an execution role that does not exist, and container policies that deprecate', async () => {
    const missing = await rejection(
      ib.send(
        new CreateLifecyclePolicyCommand({
          ...countPolicy('no-role', 'no-recipe', 'DELETE'),
          executionRole: 'NoSuchRole',
        }),
      ),
    );
    assert.equal(missing.name, 'InvalidParameterValueException');
    assert.match(missing.message, /The provided role NoSuchRole does not exist/);
    const container = await rejection(
      ib.send(
        new CreateLifecyclePolicyCommand({
          ...countPolicy('containers', 'no-recipe', 'DEPRECATE'),
          resourceType: 'CONTAINER_IMAGE',
        }),
      ),
    );
    assert.equal(container.name, 'InvalidParameterValueException');
  });

  it('authorizes iam:PassRole of the execution role and imagebuilder:LifecyclePolicyResourceType', async () => {
    const user = await createUserWithKey(
      server.iam(),
      'lifecycle-admin',
      policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'imagebuilder:CreateLifecyclePolicy',
            Resource: '*',
            Condition: { StringEquals: { 'imagebuilder:LifecyclePolicyResourceType': 'CONTAINER_IMAGE' } },
          },
        ],
      }),
    );
    const client = server.imagebuilder(user.credentials);
    const denied = await rejection(
      client.send(new CreateLifecyclePolicyCommand(countPolicy('by-user', 'no-recipe', 'DELETE'))),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(
      denied.message,
      `User: ${user.arn} is not authorized to perform: imagebuilder:CreateLifecyclePolicy on resource: ${policyArn('by-user')} because no identity-based policy allows the imagebuilder:CreateLifecyclePolicy action`,
    );
    const noPass = await rejection(
      client.send(
        new CreateLifecyclePolicyCommand({
          ...countPolicy('by-user', 'no-recipe', 'DELETE'),
          resourceType: 'CONTAINER_IMAGE',
        }),
      ),
    );
    assert.equal(noPass.name, 'AccessDeniedException');
    assert.match(
      noPass.message,
      /not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role\/LifecycleRole/,
    );
  });

  it('deprecates the images beyond the count it keeps, as the execution role', async () => {
    const [oldest, middle, newest] = await images(ib, infraArn, 'deprecate-me', 3);
    await ib.send(
      new CreateLifecyclePolicyCommand(
        countPolicy('deprecate-old', 'deprecate-me', 'DEPRECATE', { includeResources: { amis: true } }),
      ),
    );
    const run = await execution(ib, policyArn('deprecate-old'));
    assert.equal(run.state?.status, 'SUCCESS', run.state?.reason);
    assert.equal(run.resourcesImpactedSummary?.hasImpactedResources, true);
    assert.equal(await statusOf(ib, oldest!), 'DEPRECATED');
    assert.equal(await statusOf(ib, middle!), 'DEPRECATED');
    assert.equal(await statusOf(ib, newest!), 'AVAILABLE');
    const impacted = await resources(ib, run.lifecycleExecutionId ?? '');
    assert.deepEqual(
      impacted.map((r) => [r.resourceId, r.action?.name, r.state?.status]).sort(),
      [
        [middle, 'DEPRECATE', 'SUCCESS'],
        [oldest, 'DEPRECATE', 'SUCCESS'],
      ].sort(),
    );
    const amis = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.equal(amis.length, 1);
    assert.match(amis[0]?.resourceId ?? '', /^ami-/);
    assert.equal(amis[0]?.state?.status, 'SUCCESS');
    const policy = (
      await ib.send(new GetLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('deprecate-old') }))
    ).lifecyclePolicy;
    assert.ok(policy?.dateLastRun instanceof Date);
    const byImage = await ib.send(new ListLifecycleExecutionsCommand({ resourceArn: oldest }));
    assert.equal(byImage.lifecycleExecutions?.[0]?.lifecycleExecutionId, run.lifecycleExecutionId);
  });

  it('deletes the older images with their AMIs and snapshots, sparing excluded tags', async () => {
    const [oldest, middle, newest] = await images(ib, infraArn, 'delete-me', 3);
    await ib.send(new TagResourceCommand({ resourceArn: oldest, tags: { keep: 'yes' } }));
    await ib.send(
      new CreateLifecyclePolicyCommand({
        ...countPolicy('delete-old', 'delete-me', 'DELETE', {
          includeResources: { amis: true, snapshots: true },
        }),
        policyDetails: [
          {
            action: { type: 'DELETE', includeResources: { amis: true, snapshots: true } },
            filter: { type: 'COUNT', value: 1 },
            exclusionRules: { tagMap: { keep: 'yes' } },
          },
        ],
      }),
    );
    const run = await execution(ib, policyArn('delete-old'));
    assert.equal(run.state?.status, 'SUCCESS', run.state?.reason);
    const error = await rejection(ib.send(new GetImageCommand({ imageBuildVersionArn: middle })));
    assert.equal(error.name, 'ResourceNotFoundException');
    assert.equal(await statusOf(ib, oldest!), 'AVAILABLE', 'excluded by its tag');
    assert.equal(await statusOf(ib, newest!), 'AVAILABLE', 'kept by the count');
    const ami = (await resources(ib, run.lifecycleExecutionId ?? '', middle))[0];
    assert.equal(ami?.action?.name, 'DELETE');
    assert.equal(ami?.state?.status, 'SUCCESS');
    assert.equal(ami?.snapshots?.[0]?.state?.status, 'SUCCESS');
    const session = new RegExp(
      `^arn:aws:sts::${ACCOUNT}:assumed-role/LifecycleRole/${run.lifecycleExecutionId}$`,
    );
    const log = (
      await loggedDecisions(server, (l) => l.some((e) => e.action === 'imagebuilder:DeleteImage'))
    ).filter((e) => session.test(e.principal));
    for (const action of ['ec2:DeregisterImage', 'ec2:DeleteSnapshot', 'imagebuilder:DeleteImage']) {
      assert.ok(
        log.some((e) => e.action === action && e.decision === 'Allow'),
        action,
      );
    }
  });

  it('refuses when the execution role lacks the permissions of EC2ImageBuilderLifecycleExecutionPolicy', async () => {
    const [oldest] = await images(ib, infraArn, 'refused', 2);
    await ib.send(
      new CreateLifecyclePolicyCommand({
        ...countPolicy('refused', 'refused', 'DELETE', { includeResources: { amis: true } }),
        executionRole: 'BareLifecycleRole',
      }),
    );
    const run = await execution(ib, policyArn('refused'));
    assert.equal(run.state?.status, 'FAILED');
    assert.match(
      run.state?.reason ?? '',
      /BareLifecycleRole .* not authorized to perform ec2:DescribeImages on resource \*/,
    );
    assert.match(run.state?.reason ?? '', /EC2ImageBuilderLifecycleExecutionPolicy/);
    assert.equal(await statusOf(ib, oldest!), 'AVAILABLE');
  });

  it('reports each refused AMI and leaves its image unchanged', async () => {
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'DescribeOnly',
        AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'DescribeOnly',
        PolicyName: 'describe',
        PolicyDocument: policyText({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'ec2:DescribeImages', Resource: '*' }],
        }),
      }),
    );
    const [oldest] = await images(ib, infraArn, 'ami-refused', 2);
    await ib.send(
      new CreateLifecyclePolicyCommand({
        ...countPolicy('ami-refused', 'ami-refused', 'DELETE', { includeResources: { amis: true } }),
        executionRole: 'DescribeOnly',
      }),
    );
    const run = await execution(ib, policyArn('ami-refused'));
    assert.equal(run.state?.status, 'FAILED');
    const [image] = await resources(ib, run.lifecycleExecutionId ?? '');
    assert.equal(image?.state?.status, 'FAILED');
    const [ami] = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.equal(ami?.state?.status, 'FAILED');
    assert.match(
      ami?.state?.reason ?? '',
      /the lifecycle execution role DescribeOnly .* not authorized to perform ec2:DeregisterImage on resource arn:aws:ec2:us-east-1::image\/ami-/,
    );
    assert.match(
      ami?.state?.reason ?? '',
      /Missing: the AWS managed policy EC2ImageBuilderLifecycleExecutionPolicy/,
    );
    assert.equal(await statusOf(ib, oldest!), 'AVAILABLE');
  });

  it('refuses a role that does not trust imagebuilder.amazonaws.com', async () => {
    await server.iam().send(
      new CreateRoleCommand({
        RoleName: 'Ec2TrustOnly',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    await ib.send(
      new CreateLifecyclePolicyCommand({
        ...countPolicy('bad-trust', 'nothing', 'DELETE'),
        executionRole: 'Ec2TrustOnly',
      }),
    );
    const run = await execution(ib, policyArn('bad-trust'));
    assert.equal(run.state?.status, 'FAILED');
    assert.match(
      run.state?.reason ?? '',
      /imagebuilder\.amazonaws\.com is not authorized to perform sts:AssumeRole on resource arn:aws:iam::123456789012:role\/Ec2TrustOnly/,
    );
  });

  it('updates one image state with StartResourceStateUpdate', async () => {
    const [image] = await images(ib, infraArn, 'state-update', 1);
    const started = await ib.send(
      new StartResourceStateUpdateCommand({
        resourceArn: image,
        state: { status: 'DISABLED' },
        executionRole: 'LifecycleRole',
        includeResources: { amis: true },
      }),
    );
    assert.match(started.lifecycleExecutionId ?? '', /^lce-[0-9a-f-]{36}$/);
    assert.equal(started.resourceArn, image);
    const run = await execution(ib, image!);
    assert.equal(run.state?.status, 'SUCCESS', run.state?.reason);
    assert.equal(await statusOf(ib, image!), 'DISABLED');
    const got = await ib.send(
      new GetLifecycleExecutionCommand({ lifecycleExecutionId: started.lifecycleExecutionId ?? '' }),
    );
    assert.equal(got.lifecycleExecution?.state?.status, 'SUCCESS');
    const noRole = await rejection(
      ib.send(
        new StartResourceStateUpdateCommand({
          resourceArn: image,
          state: { status: 'AVAILABLE' },
          includeResources: { amis: true },
        }),
      ),
    );
    assert.equal(noRole.name, 'InvalidRequestException');
  });

  it('cancels a state update that waits for its time, once', async () => {
    const [image] = await images(ib, infraArn, 'cancel-me', 1);
    const later = new Date(Date.now() + 3_600_000);
    const started = await ib.send(
      new StartResourceStateUpdateCommand({
        resourceArn: image,
        state: { status: 'DEPRECATED' },
        updateAt: later,
      }),
    );
    const id = started.lifecycleExecutionId ?? '';
    assert.equal(
      (await ib.send(new GetLifecycleExecutionCommand({ lifecycleExecutionId: id }))).lifecycleExecution
        ?.state?.status,
      'PENDING',
    );
    const cancelled = await ib.send(new CancelLifecycleExecutionCommand({ lifecycleExecutionId: id }));
    assert.equal(cancelled.lifecycleExecutionId, id);
    assert.equal(
      (await ib.send(new GetLifecycleExecutionCommand({ lifecycleExecutionId: id }))).lifecycleExecution
        ?.state?.status,
      'CANCELLED',
    );
    const again = await rejection(ib.send(new CancelLifecycleExecutionCommand({ lifecycleExecutionId: id })));
    assert.equal(again.name, 'InvalidRequestException');
    assert.equal(await statusOf(ib, image!), 'AVAILABLE');
    const unknown = await rejection(
      ib.send(
        new GetLifecycleExecutionCommand({
          lifecycleExecutionId: 'lce-00000000-0000-0000-0000-000000000000',
        }),
      ),
    );
    assert.equal(unknown.name, 'ResourceNotFoundException');
  });
});

describe('lifecycle policies across accounts', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let infraArn: string;
  let distArn: string;
  let targetRoot: Credentials;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    const iam = server.iam();
    await instanceProfileRole(iam, 'ImageBuilderInstanceRole');
    infraArn = await infrastructure(ib, 'cross-infra', 'ImageBuilderInstanceRole');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'LifecycleRole',
        AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'LifecycleRole', PolicyArn: MANAGED.lifecycleExecution }),
    );
    targetRoot = await server.createAccount(TARGET);
    const target = server.iam(targetRoot);
    await target.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    await target.send(
      new AttachRolePolicyCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        PolicyArn: MANAGED.crossAccountDistribution,
      }),
    );
    distArn =
      (
        await ib.send(
          new CreateDistributionConfigurationCommand({
            name: 'to-target',
            distributions: [{ region: REGION, amiDistributionConfiguration: { targetAccountIds: [TARGET] } }],
          }),
        )
      ).distributionConfigurationArn ?? '';
  });
  after(() => server.stop());

  it('acts on the AMI in the target account through Ec2ImageBuilderCrossAccountLifecycleAccess (seed 002 trust)', async () => {
    const target = server.iam(await server.createAccount('222233334444'));
    // The target account of this test is a fresh one, with both roles.
    await target.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    await target.send(
      new AttachRolePolicyCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        PolicyArn: MANAGED.crossAccountDistribution,
      }),
    );
    await target.send(
      new CreateRoleCommand({
        RoleName: 'Ec2ImageBuilderCrossAccountLifecycleAccess',
        AssumeRolePolicyDocument: crossAccountLifecycleTrustPolicy(ACCOUNT),
      }),
    );
    await target.send(
      new AttachRolePolicyCommand({
        RoleName: 'Ec2ImageBuilderCrossAccountLifecycleAccess',
        PolicyArn: MANAGED.lifecycleExecution,
      }),
    );
    const dist = await ib.send(
      new CreateDistributionConfigurationCommand({
        name: 'to-second',
        distributions: [
          { region: REGION, amiDistributionConfiguration: { targetAccountIds: ['222233334444'] } },
        ],
      }),
    );
    const [oldest] = await images(ib, infraArn, 'cross-ok', 2, dist.distributionConfigurationArn);
    await ib.send(
      new CreateLifecyclePolicyCommand(
        countPolicy('cross-ok', 'cross-ok', 'DELETE', { includeResources: { amis: true } }),
      ),
    );
    const run = await execution(ib, policyArn('cross-ok'));
    assert.equal(run.state?.status, 'SUCCESS', run.state?.reason);
    const amis = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.deepEqual(
      amis.map((a) => [a.accountId, a.state?.status]).sort(),
      [
        [ACCOUNT, 'SUCCESS'],
        ['222233334444', 'SUCCESS'],
      ].sort(),
    );
  });

  it('fails the AMI there when the role is missing or does not trust the source account', async () => {
    const [oldest] = await images(ib, infraArn, 'cross-missing', 2, distArn);
    await ib.send(
      new CreateLifecyclePolicyCommand(
        countPolicy('cross-missing', 'cross-missing', 'DELETE', { includeResources: { amis: true } }),
      ),
    );
    const run = await execution(ib, policyArn('cross-missing'));
    assert.equal(run.state?.status, 'FAILED');
    const remote = (await resources(ib, run.lifecycleExecutionId ?? '', oldest)).find(
      (a) => a.accountId === TARGET,
    );
    assert.equal(remote?.state?.status, 'FAILED');
    assert.match(
      remote?.state?.reason ?? '',
      /arn:aws:iam::111122223333:role\/Ec2ImageBuilderCrossAccountLifecycleAccess does not exist/,
    );
    assert.equal(await statusOf(ib, oldest!), 'AVAILABLE');

    const target = server.iam(targetRoot);
    await target.send(
      new CreateRoleCommand({
        RoleName: 'Ec2ImageBuilderCrossAccountLifecycleAccess',
        AssumeRolePolicyDocument: crossAccountLifecycleTrustPolicy('444455556666'),
      }),
    );
    await target.send(
      new AttachRolePolicyCommand({
        RoleName: 'Ec2ImageBuilderCrossAccountLifecycleAccess',
        PolicyArn: MANAGED.lifecycleExecution,
      }),
    );
    await ib.send(new DeleteLifecyclePolicyCommand({ lifecyclePolicyArn: policyArn('cross-missing') }));
    await ib.send(
      new CreateLifecyclePolicyCommand(
        countPolicy('cross-untrusted', 'cross-missing', 'DELETE', { includeResources: { amis: true } }),
      ),
    );
    const second = await execution(ib, policyArn('cross-untrusted'));
    const refused = (await resources(ib, second.lifecycleExecutionId ?? '', oldest)).find(
      (a) => a.accountId === TARGET,
    );
    assert.equal(refused?.state?.status, 'FAILED');
    assert.match(
      refused?.state?.reason ?? '',
      /imagebuilder\.amazonaws\.com is not authorized to perform sts:AssumeRole on resource arn:aws:iam::111122223333:role\/Ec2ImageBuilderCrossAccountLifecycleAccess/,
    );
  });
});

describe('lifecycle policies for container images', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let infraArn: string;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    const iam = server.iam();
    const ecr = 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilderECRContainerBuilds';
    await instanceProfileRole(iam, 'ContainerRole', [ecr, MANAGED.ssmManagedInstanceCore]);
    infraArn = await infrastructure(ib, 'container-infra', 'ContainerRole');
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'LifecycleRole',
        AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({ RoleName: 'LifecycleRole', PolicyArn: MANAGED.lifecycleExecution }),
    );
  });
  after(() => server.stop());

  /** Two container images of a new recipe pushing to `repository`, oldest first. */
  async function containers(name: string, repository: string) {
    const recipeArn = await containerRecipe(ib, name, repository);
    const arns: string[] = [];
    for (let i = 0; i < 2; i++) {
      const created = await ib.send(
        new CreateImageCommand({ containerRecipeArn: recipeArn, infrastructureConfigurationArn: infraArn }),
      );
      const image = await waitForImage(ib, created.imageBuildVersionArn ?? '');
      assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
      arns.push(image.arn ?? '');
    }
    return arns;
  }

  const containerPolicy = (name: string, recipeName: string): CreateLifecyclePolicyCommandInput => ({
    ...countPolicy(name, recipeName, 'DELETE', { includeResources: { containers: true } }),
    resourceType: 'CONTAINER_IMAGE',
  });

  /** What ibiam reads instead of ECR: the repository's tags. */
  const tagRepository = (repository: string, tags: Record<string, string>) =>
    server.ibiam.store.write((tx) =>
      tx.put('imagebuilder:ecr-repository-tags', ACCOUNT, `${REGION}/${repository}`, { tags }),
    );

  it('deletes the container image when the repository carries LifecycleExecutionAccess: EC2 Image Builder', async () => {
    await tagRepository('tagged-repo', { LifecycleExecutionAccess: 'EC2 Image Builder' });
    const [oldest] = await containers('tagged', 'tagged-repo');
    await ib.send(new CreateLifecyclePolicyCommand(containerPolicy('tagged', 'tagged')));
    const run = await execution(ib, policyArn('tagged'));
    assert.equal(run.state?.status, 'SUCCESS', run.state?.reason);
    const [container] = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.equal(container?.state?.status, 'SUCCESS');
    assert.deepEqual(container?.imageUris, [
      `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/tagged-repo:1.0.0-1`,
    ]);
    assert.equal(
      (await rejection(ib.send(new GetImageCommand({ imageBuildVersionArn: oldest })))).name,
      'ResourceNotFoundException',
    );
  });

  it('is refused on a repository without the tag', async () => {
    await tagRepository('untagged-repo', { team: 'web' });
    const [oldest] = await containers('untagged', 'untagged-repo');
    await ib.send(new CreateLifecyclePolicyCommand(containerPolicy('untagged', 'untagged')));
    const run = await execution(ib, policyArn('untagged'));
    assert.equal(run.state?.status, 'FAILED');
    const [container] = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.equal(container?.state?.status, 'FAILED');
    assert.match(
      container?.state?.reason ?? '',
      /not authorized to perform ecr:BatchGetImage on resource arn:aws:ecr:us-east-1:123456789012:repository\/untagged-repo/,
    );
    assert.match(container?.state?.reason ?? '', /LifecycleExecutionAccess: EC2 Image Builder/);
    assert.equal(await statusOf(ib, oldest!), 'AVAILABLE');
  });

  it('skips the container image, saying why, when the repository tags are unknown', async () => {
    const [oldest] = await containers('unknown', 'unknown-repo');
    await ib.send(new CreateLifecyclePolicyCommand(containerPolicy('unknown', 'unknown')));
    const run = await execution(ib, policyArn('unknown'));
    const [container] = await resources(ib, run.lifecycleExecutionId ?? '', oldest);
    assert.equal(container?.state?.status, 'SKIPPED');
    assert.match(
      container?.state?.reason ?? '',
      /^ibiam has no ECR: the tags of repository unknown-repo are unknown/,
    );
  });
});
