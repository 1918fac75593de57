// Simulated Image Builder builds end to end: the seeds' set-up done right builds AVAILABLE images (also
// distributed into a second account through EC2ImageBuilderDistributionCrossAccountRole); each
// prerequisite removed in turn fails the build with a reason naming the step, the principal, the action,
// the resource and what is missing; cancelled builds stop; builds resume after a restart; every step's
// requests are in the decision log, under the workflow step execution's id.
// Sources: https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html (the
// instance profile's policies, s3:PutObject for logging), .../cross-account-dist.html (the target role,
// its trust and Ec2ImageBuilderCrossAccountDistributionAccess), .../image-builder-image-states.html.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CancelImageCreationCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImagePipelineCommand,
  CreateInfrastructureConfigurationCommand,
  GetImagePipelineCommand,
  StartImagePipelineExecutionCommand,
  GetWorkflowStepExecutionCommand,
  ListWorkflowExecutionsCommand,
  ListWorkflowStepExecutionsCommand,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { ACCOUNT } from './harness.js';
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
import { allowPolicy } from './support/iam-helpers.js';
import { distributionCrossAccountTrustPolicy, MANAGED } from './support/seed-documents.js';

const TARGET = '111122223333';
const OTHER = '999988887777';
const SLR_SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForImageBuilder/EC2ImageBuilder`;

interface LogEntry {
  requestId: string;
  principal: string;
  action: string;
  resource: string;
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

async function build(ib: ImagebuilderClient, recipeArn: string, infraArn: string, distArn?: string) {
  const created = await ib.send(
    new CreateImageCommand({
      imageRecipeArn: recipeArn,
      infrastructureConfigurationArn: infraArn,
      ...(distArn ? { distributionConfigurationArn: distArn } : {}),
    }),
  );
  return created.imageBuildVersionArn ?? '';
}

describe('simulated builds: the set-up done right', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let recipeArn: string;
  let infraArn: string;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    await instanceProfileRole(server.iam(), 'ImageBuilderInstanceRole');
    recipeArn = await recipe(ib, 'golden-linux');
    infraArn = await infrastructure(ib, 'golden-infra', 'ImageBuilderInstanceRole');
  });
  after(() => server.stop());

  it('walks the image through the states to AVAILABLE, with its AMI', async () => {
    const arn = await build(ib, recipeArn, infraArn);
    const seen = new Set<string>();
    const image = await waitForImage(ib, arn, (i) => {
      seen.add(i.state?.status ?? '');
      return ['AVAILABLE', 'FAILED'].includes(i.state?.status ?? '');
    });
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.equal(image.state?.reason, undefined);
    const amis = image.outputResources?.amis ?? [];
    assert.equal(amis.length, 1);
    assert.equal(amis[0]?.region, REGION);
    assert.equal(amis[0]?.accountId, ACCOUNT);
    assert.match(amis[0]?.image ?? '', /^ami-[0-9a-f]{17}$/);
    assert.ok(
      [...seen].every((s) =>
        ['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING', 'AVAILABLE'].includes(
          s,
        ),
      ),
    );
  });

  it('authorizes each step as the principal AWS uses, and logs every decision', async () => {
    const arn = await build(ib, recipeArn, infraArn);
    await waitForImage(ib, arn);
    const log = await loggedDecisions(server, (l) => l.some((e) => e.action === 'ec2:TerminateInstances'));
    const slr = log.filter((e) => e.principal === SLR_SESSION);
    for (const action of [
      'iam:PassRole',
      'ec2:RunInstances',
      'ec2:CreateTags',
      'ec2:CreateImage',
      'ec2:TerminateInstances',
    ]) {
      assert.ok(
        slr.some((e) => e.action === action && e.decision === 'Allow'),
        `${action} by the service-linked role`,
      );
    }
    const passRole = slr.find((e) => e.action === 'iam:PassRole');
    assert.equal(passRole?.resource, `arn:aws:iam::${ACCOUNT}:role/ImageBuilderInstanceRole`);
    const instance = log.filter((e) =>
      /^arn:aws:sts::\d+:assumed-role\/ImageBuilderInstanceRole\/i-[0-9a-f]{17}$/.test(e.principal),
    );
    for (const action of [
      'ssm:UpdateInstanceInformation',
      'ec2messages:GetMessages',
      'ssmmessages:CreateControlChannel',
      'imagebuilder:GetComponent',
      'logs:CreateLogStream',
    ]) {
      assert.ok(
        instance.some((e) => e.action === action && e.decision === 'Allow'),
        `${action} by the instance profile role`,
      );
    }
    const component = instance.find((e) => e.action === 'imagebuilder:GetComponent');
    assert.match(component?.resource ?? '', /:component\/golden-linux-tools\/1\.0\.0\/1$/);
    assert.ok(
      log.some(
        (e) => e.principal === 'ec2.amazonaws.com' && e.action === 'sts:AssumeRole' && e.decision === 'Allow',
      ),
    );
  });

  it('records the build and test workflows and their steps', async () => {
    const arn = await build(ib, recipeArn, infraArn);
    await waitForImage(ib, arn);
    const workflows =
      (await ib.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn }))).workflowExecutions ??
      [];
    assert.deepEqual(
      workflows.map((w) => [w.type, w.status, w.totalStepCount, w.totalStepsSucceeded]),
      [
        ['BUILD', 'COMPLETED', 4, 4],
        ['TEST', 'COMPLETED', 3, 3],
      ],
    );
    assert.match(
      workflows[0]?.workflowBuildVersionArn ?? '',
      /:aws:workflow\/build\/build-image\/1\.0\.0\/1$/,
    );
    const steps = await ib.send(
      new ListWorkflowStepExecutionsCommand({ workflowExecutionId: workflows[0]?.workflowExecutionId ?? '' }),
    );
    assert.deepEqual(
      steps.steps?.map((s) => s.name),
      ['LaunchBuildInstance', 'ApplyBuildComponents', 'CreateOutputAMI', 'TerminateBuildInstance'],
    );
    const first = steps.steps?.[0]?.stepExecutionId ?? '';
    const step = await ib.send(new GetWorkflowStepExecutionCommand({ stepExecutionId: first }));
    assert.equal(step.action, 'LaunchInstance');
    assert.equal(step.status, 'COMPLETED');
    assert.equal(step.imageBuildVersionArn, arn);
    // The decision log ties the step's requests to its id.
    const log = await loggedDecisions(server, (l) => l.some((e) => e.requestId === first));
    assert.ok(log.some((e) => e.requestId === first && e.action === 'ec2:RunInstances'));
  });

  it('publishes to the status topic and acts as the execution role when the image has one', async () => {
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'ImageBuilderExecution',
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'imagebuilder.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        }),
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'ImageBuilderExecution',
        PolicyArn: 'arn:aws:iam::aws:policy/EC2ImageBuilderExecutionPolicy',
      }),
    );
    const topic = `arn:aws:sns:${REGION}:${ACCOUNT}:imagebuilder-status`;
    const infra = await ib.send(
      new CreateInfrastructureConfigurationCommand({
        name: 'with-topic',
        instanceProfileName: 'ImageBuilderInstanceRole',
        snsTopicArn: topic,
      }),
    );
    const created = await ib.send(
      new CreateImageCommand({
        imageRecipeArn: recipeArn,
        infrastructureConfigurationArn: infra.infrastructureConfigurationArn,
        executionRole: 'ImageBuilderExecution',
      }),
    );
    const arn = created.imageBuildVersionArn ?? '';
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/ImageBuilderExecution/EC2ImageBuilder`;
    const log = await loggedDecisions(server, (l) => l.some((e) => e.action === 'sns:Publish'));
    assert.ok(
      log.some(
        (e) =>
          e.principal === 'imagebuilder.amazonaws.com' &&
          e.action === 'sts:AssumeRole' &&
          e.resource === `arn:aws:iam::${ACCOUNT}:role/ImageBuilderExecution` &&
          e.decision === 'Allow',
      ),
    );
    assert.ok(
      log.some((e) => e.principal === session && e.action === 'ec2:RunInstances' && e.decision === 'Allow'),
    );
    assert.ok(
      log.some(
        (e) =>
          e.principal === session &&
          e.action === 'sns:Publish' &&
          e.resource === topic &&
          e.decision === 'Allow',
      ),
    );
  });

  it('fails in PENDING when the execution role does not trust Image Builder', async () => {
    await server.iam().send(
      new CreateRoleCommand({
        RoleName: 'NotForImageBuilder',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    const created = await ib.send(
      new CreateImageCommand({
        imageRecipeArn: recipeArn,
        infrastructureConfigurationArn: infraArn,
        executionRole: 'NotForImageBuilder',
      }),
    );
    const image = await waitForImage(ib, created.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'FAILED');
    assert.equal(
      image.state?.reason,
      `PENDING: the service principal imagebuilder.amazonaws.com is not authorized to perform sts:AssumeRole on resource arn:aws:iam::${ACCOUNT}:role/NotForImageBuilder (no trust policy statement allows it). Missing: the trust policy of role arn:aws:iam::${ACCOUNT}:role/NotForImageBuilder must allow imagebuilder.amazonaws.com to perform sts:AssumeRole.`,
    );
  });

  it('runs pipeline executions and reports them as the lastRunStatus of the pipeline', async () => {
    const pipeline = await ib.send(
      new CreateImagePipelineCommand({
        name: 'golden-pipeline',
        imageRecipeArn: recipeArn,
        infrastructureConfigurationArn: infraArn,
      }),
    );
    const pipelineArn = pipeline.imagePipelineArn ?? '';
    const started = await ib.send(new StartImagePipelineExecutionCommand({ imagePipelineArn: pipelineArn }));
    const image = await waitForImage(ib, started.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    const got = await ib.send(new GetImagePipelineCommand({ imagePipelineArn: pipelineArn }));
    assert.equal(got.imagePipeline?.lastRunStatus, 'AVAILABLE');
  });

  it('stops a cancelled build between two steps', async () => {
    const slow = await startBuildServer(300);
    try {
      const sib = slow.imagebuilder();
      await instanceProfileRole(slow.iam(), 'SlowRole');
      const arn = await build(sib, await recipe(sib, 'slow'), await infrastructure(sib, 'slow', 'SlowRole'));
      await waitForImage(sib, arn, (i) => i.state?.status === 'BUILDING', 5000);
      await sib.send(new CancelImageCreationCommand({ imageBuildVersionArn: arn }));
      await new Promise((resolve) => setTimeout(resolve, 900));
      const image = await waitForImage(sib, arn);
      assert.equal(image.state?.status, 'CANCELLED');
      const workflows =
        (await sib.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn })))
          .workflowExecutions ?? [];
      assert.ok(workflows.length > 0);
      assert.ok(workflows.every((w) => w.status === 'CANCELLED' || w.status === 'COMPLETED'));
      assert.ok(workflows.some((w) => w.status === 'CANCELLED'));
    } finally {
      await slow.stop();
    }
  });
});

describe('simulated builds: cross-account distribution', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let recipeArn: string;
  let infraArn: string;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    await instanceProfileRole(server.iam(), 'ImageBuilderInstanceRole');
    recipeArn = await recipe(ib, 'shared-linux');
    infraArn = await infrastructure(ib, 'shared-infra', 'ImageBuilderInstanceRole');
    for (const account of [TARGET, OTHER]) await server.createAccount(account);
  });
  after(() => server.stop());

  const distribution = async (name: string, target: string) =>
    (
      await ib.send(
        new CreateDistributionConfigurationCommand({
          name,
          distributions: [
            {
              region: REGION,
              amiDistributionConfiguration: {
                name: `${name}-{{imagebuilder:buildDate}}`,
                targetAccountIds: [target],
              },
            },
          ],
        }),
      )
    ).distributionConfigurationArn ?? '';

  it('copies the AMI into the target account through its EC2ImageBuilderDistributionCrossAccountRole', async () => {
    const targetRoot = await server.createAccount('444455556666');
    const targetIam = server.iam(targetRoot);
    await targetIam.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    await targetIam.send(
      new AttachRolePolicyCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        PolicyArn: MANAGED.crossAccountDistribution,
      }),
    );
    const arn = await build(ib, recipeArn, infraArn, await distribution('to-target', '444455556666'));
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    const amis = image.outputResources?.amis ?? [];
    assert.deepEqual(amis.map((a) => a.accountId).sort(), [ACCOUNT, '444455556666'].sort());
    assert.match(amis[0]?.name ?? '', /^to-target-\d{8}T\d{6}Z$/);
    const log = await loggedDecisions(server, (l) => l.some((e) => e.action === 'ec2:CopyImage'));
    const assumed = log.find(
      (e) =>
        e.action === 'sts:AssumeRole' &&
        e.resource === 'arn:aws:iam::444455556666:role/EC2ImageBuilderDistributionCrossAccountRole',
    );
    assert.equal(assumed?.principal, SLR_SESSION);
    assert.equal(assumed?.decision, 'Allow');
    const copy = log.find(
      (e) =>
        e.principal ===
          'arn:aws:sts::444455556666:assumed-role/EC2ImageBuilderDistributionCrossAccountRole/EC2ImageBuilder' &&
        e.action === 'ec2:CopyImage',
    );
    assert.equal(copy?.decision, 'Allow');
  });

  it('fails in DISTRIBUTING when the target account has no such role', async () => {
    const arn = await build(ib, recipeArn, infraArn, await distribution('no-role', TARGET));
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'FAILED');
    assert.match(image.state?.reason ?? '', /^DISTRIBUTING \(Distribution\): /);
    assert.match(
      image.state?.reason ?? '',
      /arn:aws:iam::111122223333:role\/EC2ImageBuilderDistributionCrossAccountRole does not exist in target account 111122223333/,
    );
    assert.match(image.state?.reason ?? '', /Ec2ImageBuilderCrossAccountDistributionAccess/);
  });

  it('fails when the role there does not trust the source account (its real trust policy)', async () => {
    const otherIam = server.iam(await server.createAccount('555566667777'));
    await otherIam.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(OTHER),
      }),
    );
    await otherIam.send(
      new AttachRolePolicyCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        PolicyArn: MANAGED.crossAccountDistribution,
      }),
    );
    const arn = await build(ib, recipeArn, infraArn, await distribution('untrusted', '555566667777'));
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'FAILED');
    const reason = image.state?.reason ?? '';
    assert.match(
      reason,
      /^DISTRIBUTING \(Distribution\): the service-linked role AWSServiceRoleForImageBuilder/,
    );
    assert.match(
      reason,
      /not authorized to perform sts:AssumeRole on resource arn:aws:iam::555566667777:role\/EC2ImageBuilderDistributionCrossAccountRole/,
    );
    assert.match(
      reason,
      /Missing: the trust policy of role arn:aws:iam::555566667777:role\/EC2ImageBuilderDistributionCrossAccountRole must allow/,
    );
  });

  it('fails when the role there lacks Ec2ImageBuilderCrossAccountDistributionAccess, and names it', async () => {
    const bareIam = server.iam(await server.createAccount('666677778888'));
    await bareIam.send(
      new CreateRoleCommand({
        RoleName: 'EC2ImageBuilderDistributionCrossAccountRole',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    const arn = await build(ib, recipeArn, infraArn, await distribution('bare', '666677778888'));
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'FAILED');
    assert.match(
      image.state?.reason ?? '',
      /the cross-account distribution role EC2ImageBuilderDistributionCrossAccountRole .* not authorized to perform ec2:CopyImage/,
    );
    assert.match(
      image.state?.reason ?? '',
      /Missing: the AWS managed policy Ec2ImageBuilderCrossAccountDistributionAccess \(arn:aws:iam::aws:policy\/Ec2ImageBuilderCrossAccountDistributionAccess\) would allow it/,
    );
  });
});

describe('simulated builds: each prerequisite removed in turn', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
  });
  after(() => server.stop());

  async function buildWith(
    name: string,
    policies: readonly string[],
    s3Logs?: { s3BucketName: string; s3KeyPrefix?: string },
  ) {
    await instanceProfileRole(server.iam(), name, policies);
    return build(ib, await recipe(ib, name.toLowerCase()), await infrastructure(ib, name, name, s3Logs));
  }

  it('without EC2InstanceProfileForImageBuilder: FAILED while building, naming the policy', async () => {
    const image = await waitForImage(
      ib,
      await buildWith('NoImageBuilderPolicy', [MANAGED.ssmManagedInstanceCore]),
    );
    assert.equal(image.state?.status, 'FAILED');
    const reason = image.state?.reason ?? '';
    assert.match(
      reason,
      /^BUILDING \(ApplyBuildComponents\): the instance profile role NoImageBuilderPolicy \(session arn:aws:sts::123456789012:assumed-role\/NoImageBuilderPolicy\/i-[0-9a-f]{17}\)/,
    );
    assert.match(
      reason,
      /is not authorized to perform imagebuilder:GetComponent on resource arn:aws:imagebuilder:us-east-1:123456789012:component\/noimagebuilderpolicy-tools\/1\.0\.0\/1/,
    );
    assert.match(
      reason,
      /Missing: the AWS managed policy EC2InstanceProfileForImageBuilder \(arn:aws:iam::aws:policy\/EC2InstanceProfileForImageBuilder\) would allow it: attach it to role NoImageBuilderPolicy\.$/,
    );
  });

  it('without AmazonSSMManagedInstanceCore: FAILED while building, naming the policy', async () => {
    const image = await waitForImage(
      ib,
      await buildWith('NoSsmPolicy', [MANAGED.instanceProfileForImageBuilder]),
    );
    assert.equal(image.state?.status, 'FAILED');
    const reason = image.state?.reason ?? '';
    assert.match(reason, /^BUILDING \(ApplyBuildComponents\): the instance profile role NoSsmPolicy/);
    assert.match(
      reason,
      /not authorized to perform ssm:UpdateInstanceInformation on resource arn:aws:ec2:us-east-1:123456789012:instance\/i-/,
    );
    assert.match(
      reason,
      /Missing: the AWS managed policy AmazonSSMManagedInstanceCore \(arn:aws:iam::aws:policy\/AmazonSSMManagedInstanceCore\) would allow it/,
    );
    const workflows =
      (await ib.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: image.arn ?? '' })))
        .workflowExecutions ?? [];
    assert.deepEqual(
      workflows.map((w) => [w.status, w.totalStepsSucceeded, w.totalStepsFailed, w.totalStepsSkipped]),
      [['FAILED', 1, 1, 2]],
    );
  });

  it('with S3 logging to a bucket the role may not write: FAILED, naming s3:PutObject on the bucket', async () => {
    const arn = await buildWith(
      'NoBucketAccess',
      [MANAGED.instanceProfileForImageBuilder, MANAGED.ssmManagedInstanceCore],
      {
        s3BucketName: 'build-logs',
        s3KeyPrefix: 'imagebuilder',
      },
    );
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'FAILED');
    const reason = image.state?.reason ?? '';
    assert.match(
      reason,
      /not authorized to perform s3:PutObject on resource arn:aws:s3:::build-logs\/imagebuilder\/nobucketaccess\/1\.0\.0\/1\/i-[0-9a-f]{17}\/build\.log/,
    );
    assert.match(
      reason,
      /allow s3:PutObject on arn:aws:s3:::build-logs\/imagebuilder\/\* for the instance profile role/,
    );
  });

  it('with S3 logging allowed as the guide shows (s3:PutObject on the bucket): AVAILABLE', async () => {
    await instanceProfileRole(server.iam(), 'BucketAccess');
    await server.iam().send(
      new PutRolePolicyCommand({
        RoleName: 'BucketAccess',
        PolicyName: 'logs',
        PolicyDocument: allowPolicy('s3:PutObject', 'arn:aws:s3:::build-logs/*'),
      }),
    );
    const arn = await build(
      ib,
      await recipe(ib, 'bucketaccess'),
      await infrastructure(ib, 'BucketAccess', 'BucketAccess', { s3BucketName: 'build-logs' }),
    );
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
  });

  it('with an instance role EC2 may not assume: FAILED while launching, naming the trust policy', async () => {
    await instanceProfileRole(server.iam(), 'UntrustedInstanceRole');
    await server.iam().send(
      new UpdateAssumeRolePolicyCommand({
        RoleName: 'UntrustedInstanceRole',
        PolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    const arn = await build(
      ib,
      await recipe(ib, 'untrusted'),
      await infrastructure(ib, 'Untrusted', 'UntrustedInstanceRole'),
    );
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'FAILED');
    assert.match(
      image.state?.reason ?? '',
      /^CREATING \(LaunchBuildInstance\): the service principal ec2\.amazonaws\.com is not authorized to perform sts:AssumeRole/,
    );
  });
});

describe('simulated builds: container images', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
  });
  after(() => server.stop());

  async function containerBuild(name: string, policies: readonly string[]) {
    await instanceProfileRole(server.iam(), name, policies);
    const created = await ib.send(
      new CreateImageCommand({
        containerRecipeArn: await containerRecipe(ib, name.toLowerCase(), `${name.toLowerCase()}-repo`),
        infrastructureConfigurationArn: await infrastructure(ib, name, name),
      }),
    );
    return waitForImage(ib, created.imageBuildVersionArn ?? '');
  }

  it('pushes the image to the target repository with EC2InstanceProfileForImageBuilderECRContainerBuilds', async () => {
    const ecr = 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilderECRContainerBuilds';
    const image = await containerBuild('ContainerRole', [ecr, MANAGED.ssmManagedInstanceCore]);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.deepEqual(image.outputResources?.containers, [
      {
        region: REGION,
        imageUris: [`${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/containerrole-repo:1.0.0-1`],
      },
    ]);
    const log = await loggedDecisions(server, (l) => l.some((e) => e.action === 'ecr:PutImage'));
    const pushes = log.filter((e) => e.action === 'ecr:PutImage');
    assert.equal(pushes[0]?.resource, `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/containerrole-repo`);
    assert.match(pushes[0]?.principal ?? '', /assumed-role\/ContainerRole\/i-/);
  });

  it('without it: FAILED, naming EC2InstanceProfileForImageBuilderECRContainerBuilds', async () => {
    const image = await containerBuild('NoEcrRole', [
      MANAGED.instanceProfileForImageBuilder,
      MANAGED.ssmManagedInstanceCore,
    ]);
    assert.equal(image.state?.status, 'FAILED');
    assert.match(
      image.state?.reason ?? '',
      /^BUILDING \(ApplyBuildComponents\): the instance profile role NoEcrRole .* not authorized to perform imagebuilder:GetContainerRecipe/,
    );
    assert.match(image.state?.reason ?? '', /EC2InstanceProfileForImageBuilderECRContainerBuilds/);
  });
});

describe('simulated builds: restarts', () => {
  it('resumes the builds left in progress when the server starts again', async () => {
    const first = await startBuildServer(60_000);
    const ib = first.imagebuilder();
    await instanceProfileRole(first.iam(), 'RestartRole');
    const arn = await build(
      ib,
      await recipe(ib, 'restart'),
      await infrastructure(ib, 'restart', 'RestartRole'),
    );
    const started = Date.now();
    await first.stop(true);
    assert.ok(Date.now() - started < 5000, 'stop() is prompt');
    const second = await startBuildServer(10, first.dataDir);
    try {
      const image = await waitForImage(second.imagebuilder(), arn);
      assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    } finally {
      await second.stop();
    }
  });
});
