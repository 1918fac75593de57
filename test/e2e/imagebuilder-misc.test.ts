// The last seven Image Builder operations end to end, with the AWS SDK: DistributeImage (an AVAILABLE
// image distributed again, into a second account whose EC2ImageBuilderDistributionCrossAccountRole trusts
// the source — or, when it does not, FAILED with the reason), RetryImage (a build that failed while
// testing or distributing resumes from there once the cause is fixed; other failures and states are
// refused), ImportVmImage and ImportDiskImage (simulated imports, with their checks), the image scan
// findings (always empty: ibiam runs no scans) and GetMarketplaceResource (ibiam has no catalogue).
// Sources: https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_DistributeImage.html,
// API_RetryImage.html, API_ImportVmImage.html, API_ImportDiskImage.html, API_ListImageScanFindings.html,
// API_ListImageScanFindingAggregations.html, API_GetMarketplaceResource.html, and
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
// ("resumes the distribution process from the point of failure ... failed during the distribution
// phase, test phase, or integration phase"), .../cross-account-dist.html (the target role and its trust).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  GetRoleCommand,
  type IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateComponentCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImageRecipeCommand,
  DistributeImageCommand,
  GetImageCommand,
  GetMarketplaceResourceCommand,
  ImportDiskImageCommand,
  ImportVmImageCommand,
  ListImageScanFindingAggregationsCommand,
  ListImageScanFindingsCommand,
  ListWorkflowExecutionsCommand,
  RetryImageCommand,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { ACCOUNT } from './harness.js';
import {
  infrastructure,
  instanceProfileRole,
  recipe,
  REGION,
  startBuildServer,
  waitForImage,
  type BuildServer,
} from './support/imagebuilder-build-setup.js';
import { allowPolicy, createUserWithKey, policyText, rejection } from './support/iam-helpers.js';
import {
  distributionCrossAccountTrustPolicy,
  LIFECYCLE_EXECUTION_TRUST_POLICY,
  MANAGED,
} from './support/seed-documents.js';

const TARGET = '111122223333';
const UNTRUSTING = '555566667777';
const EXECUTION_POLICY = 'arn:aws:iam::aws:policy/EC2ImageBuilderExecutionPolicy';
const CROSS_ROLE = 'EC2ImageBuilderDistributionCrossAccountRole';
const arnOf = (type: string, name: string) => `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:${type}/${name}`;

let server: BuildServer;
let ib: ImagebuilderClient;
let recipeArn: string;
let infraArn: string;
let sourceArn: string;

/** A role Image Builder may assume, with EC2ImageBuilderExecutionPolicy (and an optional inline policy). */
async function executionRole(name: string, inline?: string): Promise<string> {
  const iam = server.iam();
  const role = await iam.send(
    new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY }),
  );
  await iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: EXECUTION_POLICY }));
  if (inline)
    await iam.send(
      new PutRolePolicyCommand({ RoleName: name, PolicyName: 'inline', PolicyDocument: inline }),
    );
  return role.Role?.Arn ?? '';
}

/** The cross-account distribution role in `account`, trusting `trusted`, with its managed policy. */
async function crossAccountRole(account: string, trusted: string): Promise<IAMClient> {
  const iam = server.iam(await server.createAccount(account));
  await iam.send(
    new CreateRoleCommand({
      RoleName: CROSS_ROLE,
      AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(trusted),
    }),
  );
  await iam.send(
    new AttachRolePolicyCommand({ RoleName: CROSS_ROLE, PolicyArn: MANAGED.crossAccountDistribution }),
  );
  return iam;
}

async function distribution(name: string, targets: readonly string[] = []): Promise<string> {
  const created = await ib.send(
    new CreateDistributionConfigurationCommand({
      name,
      distributions: [
        {
          region: REGION,
          amiDistributionConfiguration: {
            name: `${name}-{{imagebuilder:buildDate}}`,
            ...(targets.length > 0 ? { targetAccountIds: [...targets] } : {}),
          },
        },
      ],
    }),
  );
  return created.distributionConfigurationArn ?? '';
}

async function build(recipeToBuild: string, infra: string, distArn?: string): Promise<string> {
  const created = await ib.send(
    new CreateImageCommand({
      imageRecipeArn: recipeToBuild,
      infrastructureConfigurationArn: infra,
      ...(distArn ? { distributionConfigurationArn: distArn } : {}),
    }),
  );
  return created.imageBuildVersionArn ?? '';
}

before(async () => {
  server = await startBuildServer();
  ib = server.imagebuilder();
  await instanceProfileRole(server.iam(), 'ImageBuilderInstanceRole');
  recipeArn = await recipe(ib, 'golden-linux');
  infraArn = await infrastructure(ib, 'golden-infra', 'ImageBuilderInstanceRole');
  await executionRole('DistributionRole');
  await crossAccountRole(TARGET, ACCOUNT);
  await crossAccountRole(UNTRUSTING, '999988887777');
  sourceArn = await build(recipeArn, infraArn);
  const source = await waitForImage(ib, sourceArn);
  assert.equal(source.state?.status, 'AVAILABLE', source.state?.reason);
});
after(() => server.stop());

describe('DistributeImage', () => {
  it('distributes an AVAILABLE image into a second account whose role trusts the source account', async () => {
    const distArn = await distribution('to-target', [TARGET]);
    const answer = await ib.send(
      new DistributeImageCommand({
        sourceImage: sourceArn,
        distributionConfigurationArn: distArn,
        executionRole: 'DistributionRole',
        tags: { purpose: 'redistribution' },
        clientToken: 'distribute-to-target',
      }),
    );
    assert.equal(answer.clientToken, 'distribute-to-target');
    assert.equal(answer.imageBuildVersionArn, arnOf('image', 'golden-linux/1.0.0/2'));
    const image = await waitForImage(ib, answer.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.equal(image.executionRole, `arn:aws:iam::${ACCOUNT}:role/DistributionRole`);
    assert.equal(image.distributionConfiguration?.arn, distArn);
    assert.deepEqual(image.tags, { purpose: 'redistribution' });
    const amis = image.outputResources?.amis ?? [];
    assert.deepEqual(amis.map((a) => a.accountId).sort(), [ACCOUNT, TARGET].sort());
    const sourceAmi = (await ib.send(new GetImageCommand({ imageBuildVersionArn: sourceArn }))).image
      ?.outputResources?.amis?.[0]?.image;
    assert.ok(amis.every((a) => a.image !== sourceAmi && /^ami-[0-9a-f]{17}$/.test(a.image ?? '')));
  });

  it('takes an image version ARN (its newest AVAILABLE build) or an AMI ID as the source', async () => {
    const distArn = await distribution('same-region');
    const byVersion = await ib.send(
      new DistributeImageCommand({
        sourceImage: arnOf('image', 'golden-linux/1.0.0'),
        distributionConfigurationArn: distArn,
        executionRole: `arn:aws:iam::${ACCOUNT}:role/DistributionRole`,
      }),
    );
    const distributed = await waitForImage(ib, byVersion.imageBuildVersionArn ?? '');
    assert.equal(distributed.state?.status, 'AVAILABLE', distributed.state?.reason);
    const ami = distributed.outputResources?.amis?.[0]?.image ?? '';
    const byAmi = await ib.send(
      new DistributeImageCommand({
        sourceImage: ami,
        distributionConfigurationArn: distArn,
        executionRole: 'DistributionRole',
      }),
    );
    assert.match(byAmi.imageBuildVersionArn ?? '', /:image\/golden-linux\/1\.0\.0\/\d+$/);
    assert.equal((await waitForImage(ib, byAmi.imageBuildVersionArn ?? '')).state?.status, 'AVAILABLE');
  });

  it('fails the distribution, with the reason, when the target role does not trust the source account', async () => {
    const answer = await ib.send(
      new DistributeImageCommand({
        sourceImage: sourceArn,
        distributionConfigurationArn: await distribution('to-untrusting', [UNTRUSTING]),
        executionRole: 'DistributionRole',
      }),
    );
    const image = await waitForImage(ib, answer.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'FAILED');
    const reason = image.state?.reason ?? '';
    assert.match(reason, /^DISTRIBUTING \(Distribution\): the execution role DistributionRole/);
    assert.match(
      reason,
      new RegExp(
        `not authorized to perform sts:AssumeRole on resource arn:aws:iam::${UNTRUSTING}:role/${CROSS_ROLE}`,
      ),
    );
    assert.match(
      reason,
      new RegExp(
        `Missing: the trust policy of role arn:aws:iam::${UNTRUSTING}:role/${CROSS_ROLE} must allow`,
      ),
    );
  });

  it('answers the documented errors', async () => {
    const distArn = await distribution('errors');
    const send = (input: Record<string, unknown>) =>
      rejection(
        ib.send(
          new DistributeImageCommand({
            sourceImage: sourceArn,
            distributionConfigurationArn: distArn,
            executionRole: 'DistributionRole',
            ...input,
          } as never),
        ),
      );
    const missingRole = await send({ executionRole: undefined });
    assert.equal(missingRole.name, 'InvalidRequestException');
    assert.equal(missingRole.message, "The parameter 'executionRole' is required.");
    assert.equal((await send({ sourceImage: 'not an image' })).name, 'InvalidParameterValueException');
    const unknownRole = await send({ executionRole: 'NoSuchRole' });
    assert.equal(unknownRole.name, 'InvalidParameterValueException');
    assert.match(unknownRole.message, /The provided role NoSuchRole does not exist/);
    const unknownDist = await send({
      distributionConfigurationArn: arnOf('distribution-configuration', 'nope'),
    });
    assert.equal(unknownDist.name, 'ResourceNotFoundException');
    assert.equal(unknownDist.$metadata?.httpStatusCode, 404);
    assert.equal(
      (await send({ sourceImage: arnOf('image', 'nope/1.0.0/1') })).name,
      'ResourceNotFoundException',
    );
    assert.equal((await send({ sourceImage: 'ami-0123456789abcdef0' })).name, 'ResourceNotFoundException');
    const ssm = await send({ sourceImage: 'ssm:/golden/latest' });
    assert.equal(ssm.name, 'ResourceNotFoundException');
    assert.match(ssm.message, /ibiam has no Systems Manager Parameter Store/);
    await server.iam().send(
      new CreateRoleCommand({
        RoleName: 'NotTrustingImageBuilder',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    const untrusted = await send({ executionRole: 'NotTrustingImageBuilder' });
    assert.equal(untrusted.name, 'AccessDeniedException');
    assert.equal(untrusted.$metadata?.httpStatusCode, 403);
    assert.match(
      untrusted.message,
      /Image Builder cannot assume the execution role .*NotTrustingImageBuilder/,
    );
    await ib.send(
      new DistributeImageCommand({
        sourceImage: sourceArn,
        distributionConfigurationArn: distArn,
        executionRole: 'DistributionRole',
        clientToken: 'same-token',
      }),
    );
    const mismatch = await send({ clientToken: 'same-token', tags: { other: 'value' } });
    assert.equal(mismatch.name, 'IdempotentParameterMismatchException');
  });

  it('refuses a source image that is not AVAILABLE', async () => {
    await instanceProfileRole(server.iam(), 'NoPoliciesRole', []);
    const failed = await build(recipeArn, await infrastructure(ib, 'bare-infra', 'NoPoliciesRole'));
    assert.equal((await waitForImage(ib, failed)).state?.status, 'FAILED');
    const refused = await rejection(
      ib.send(
        new DistributeImageCommand({
          sourceImage: failed,
          distributionConfigurationArn: await distribution('from-failed'),
          executionRole: 'DistributionRole',
        }),
      ),
    );
    assert.equal(refused.name, 'InvalidRequestException');
    assert.match(refused.message, /the source image must be in the AVAILABLE state/);
  });

  it('needs imagebuilder:DistributeImage, and iam:PassRole of the execution role to Image Builder', async () => {
    const distArn = await distribution('authorization');
    const request = () =>
      new DistributeImageCommand({
        sourceImage: sourceArn,
        distributionConfigurationArn: distArn,
        executionRole: 'DistributionRole',
      });
    const noAction = await createUserWithKey(server.iam(), 'no-distribute', allowPolicy('imagebuilder:Get*'));
    const denied = await rejection(server.imagebuilder(noAction.credentials).send(request()));
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(
      denied.message,
      new RegExp(
        `is not authorized to perform: imagebuilder:DistributeImage on resource: ${arnOf('image', 'golden-linux/1\\.0\\.0/\\d+')}`,
      ),
    );
    const noPass = await createUserWithKey(server.iam(), 'no-pass', allowPolicy('imagebuilder:*'));
    const passDenied = await rejection(server.imagebuilder(noPass.credentials).send(request()));
    assert.equal(passDenied.name, 'AccessDeniedException');
    assert.match(
      passDenied.message,
      /iam:PassRole on resource: arn:aws:iam::123456789012:role\/DistributionRole/,
    );
    const allowed = await createUserWithKey(
      server.iam(),
      'distributor',
      policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'imagebuilder:DistributeImage',
            Resource: arnOf('image', 'golden-linux/*'),
          },
          {
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: `arn:aws:iam::${ACCOUNT}:role/DistributionRole`,
            Condition: { StringEquals: { 'iam:PassedToService': 'imagebuilder.amazonaws.com' } },
          },
        ],
      }),
    );
    const answer = await server.imagebuilder(allowed.credentials).send(request());
    assert.match(answer.imageBuildVersionArn ?? '', /:image\/golden-linux\/1\.0\.0\/\d+$/);
  });
});

describe('RetryImage', () => {
  const TEST_DOC = `name: RunChecks
schemaVersion: 1.0
phases:
  - name: test
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - echo checking
`;

  it('resumes a build that failed while testing, once the instance role has its managed policy', async () => {
    await recipe(ib, 'tested-linux'); // its build component, tested-linux-tools/1.0.0/1
    const buildComponent = arnOf('component', 'tested-linux-tools/1.0.0/1');
    const testComponent = await ib.send(
      new CreateComponentCommand({
        name: 'tested-linux-checks',
        semanticVersion: '1.0.0',
        platform: 'Linux',
        data: TEST_DOC,
      }),
    );
    const withTests = await ib.send(
      new CreateImageRecipeCommand({
        name: 'tested-linux-full',
        semanticVersion: '1.0.0',
        parentImage: 'ami-0123456789abcdef0',
        components: [
          { componentArn: buildComponent },
          { componentArn: testComponent.componentBuildVersionArn ?? '' },
        ],
      }),
    );
    // The instance role may fetch the build component only (no EC2InstanceProfileForImageBuilder).
    await instanceProfileRole(server.iam(), 'PartialInstanceRole', [MANAGED.ssmManagedInstanceCore]);
    await server.iam().send(
      new PutRolePolicyCommand({
        RoleName: 'PartialInstanceRole',
        PolicyName: 'build-only',
        PolicyDocument: policyText({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'imagebuilder:GetComponent', Resource: buildComponent },
            { Effect: 'Allow', Action: 'logs:*', Resource: 'arn:aws:logs:*:*:log-group:/aws/imagebuilder/*' },
          ],
        }),
      }),
    );
    const arn = await build(
      withTests.imageRecipeArn ?? '',
      await infrastructure(ib, 'partial-infra', 'PartialInstanceRole'),
    );
    const failed = await waitForImage(ib, arn);
    assert.equal(failed.state?.status, 'FAILED');
    assert.match(
      failed.state?.reason ?? '',
      /^TESTING \(RunTestSuite\): the instance profile role PartialInstanceRole/,
    );
    assert.match(failed.state?.reason ?? '', /EC2InstanceProfileForImageBuilder/);
    await server.iam().send(
      new AttachRolePolicyCommand({
        RoleName: 'PartialInstanceRole',
        PolicyArn: MANAGED.instanceProfileForImageBuilder,
      }),
    );
    const retried = await ib.send(
      new RetryImageCommand({ imageBuildVersionArn: arn, clientToken: 'retry-tests' }),
    );
    assert.deepEqual(
      { clientToken: retried.clientToken, imageBuildVersionArn: retried.imageBuildVersionArn },
      { clientToken: 'retry-tests', imageBuildVersionArn: arn },
    );
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.equal(image.state?.reason, undefined);
    assert.equal(image.outputResources?.amis?.length, 1);
    const workflows =
      (await ib.send(new ListWorkflowExecutionsCommand({ imageBuildVersionArn: arn }))).workflowExecutions ??
      [];
    assert.deepEqual(
      workflows.map((w) => [w.type, w.status]),
      [
        ['BUILD', 'COMPLETED'],
        ['TEST', 'FAILED'],
        ['TEST', 'COMPLETED'],
      ],
    );
    const again = await ib.send(
      new RetryImageCommand({ imageBuildVersionArn: arn, clientToken: 'retry-tests' }),
    );
    assert.equal(again.imageBuildVersionArn, arn);
  });

  it('resumes a failed cross-account distribution once the target role trusts the source account', async () => {
    const account = '222233334444';
    const iam = await crossAccountRole(account, '999988887777');
    const arn = await build(recipeArn, infraArn, await distribution('retry-target', [account]));
    const failed = await waitForImage(ib, arn);
    assert.equal(failed.state?.status, 'FAILED');
    assert.match(failed.state?.reason ?? '', /^DISTRIBUTING \(Distribution\): /);
    await iam.send(
      new UpdateAssumeRolePolicyCommand({
        RoleName: CROSS_ROLE,
        PolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    await ib.send(new RetryImageCommand({ imageBuildVersionArn: arn }));
    const image = await waitForImage(ib, arn);
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.deepEqual(
      (image.outputResources?.amis ?? []).map((a) => a.accountId).sort(),
      [ACCOUNT, account].sort(),
    );
  });

  it('refuses images that are not FAILED, and failures before the image was built', async () => {
    const available = await rejection(ib.send(new RetryImageCommand({ imageBuildVersionArn: sourceArn })));
    assert.equal(available.name, 'ResourceInUseException');
    assert.match(available.message, /is in state AVAILABLE: only a FAILED image can be retried/);
    await instanceProfileRole(server.iam(), 'NoImageBuilderPolicy', [MANAGED.ssmManagedInstanceCore]);
    const arn = await build(recipeArn, await infrastructure(ib, 'no-policy-infra', 'NoImageBuilderPolicy'));
    const failed = await waitForImage(ib, arn);
    assert.match(failed.state?.reason ?? '', /^BUILDING/);
    const building = await rejection(ib.send(new RetryImageCommand({ imageBuildVersionArn: arn })));
    assert.equal(building.name, 'InvalidRequestException');
    assert.match(
      building.message,
      /failed in BUILDING: RetryImage retries a failed test, distribution or integration/,
    );
    const missing = await rejection(
      ib.send(new RetryImageCommand({ imageBuildVersionArn: arnOf('image', 'nope/1.0.0/1') })),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
    const badArn = await rejection(
      ib.send(new RetryImageCommand({ imageBuildVersionArn: arnOf('image', 'nope/1.0.0') })),
    );
    assert.equal(badArn.name, 'InvalidParameterValueException');
  });

  it('needs imagebuilder:RetryImage on the image', async () => {
    const user = await createUserWithKey(server.iam(), 'no-retry', allowPolicy('imagebuilder:GetImage'));
    const denied = await rejection(
      server.imagebuilder(user.credentials).send(new RetryImageCommand({ imageBuildVersionArn: sourceArn })),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(denied.message, new RegExp(`imagebuilder:RetryImage on resource: ${sourceArn}`));
    const allowed = await createUserWithKey(
      server.iam(),
      'retrier',
      allowPolicy('imagebuilder:RetryImage', sourceArn),
    );
    const inUse = await rejection(
      server
        .imagebuilder(allowed.credentials)
        .send(new RetryImageCommand({ imageBuildVersionArn: sourceArn })),
    );
    assert.equal(inUse.name, 'ResourceInUseException');
  });
});

describe('ImportVmImage (simulated: no EC2 VM Import task is read)', () => {
  it('creates an AVAILABLE image of build type IMPORT with a simulated AMI, saying so', async () => {
    const answer = await ib.send(
      new ImportVmImageCommand({
        name: 'Imported VM',
        semanticVersion: '2.0.0',
        description: 'from the data centre',
        platform: 'Linux',
        osVersion: 'Amazon Linux 2',
        vmImportTaskId: 'import-ami-0123456789abcdef0',
        tags: { origin: 'vmware' },
        clientToken: 'import-vm',
      }),
    );
    assert.equal(answer.imageArn, arnOf('image', 'imported-vm/2.0.0/1'));
    assert.equal(answer.clientToken, 'import-vm');
    assert.ok(answer.requestId);
    const image = (await ib.send(new GetImageCommand({ imageBuildVersionArn: answer.imageArn }))).image;
    assert.equal(image?.state?.status, 'AVAILABLE');
    assert.match(image?.state?.reason ?? '', /^Simulated by ibiam: no EC2 VM Import task was read\./);
    assert.equal(image?.buildType, 'IMPORT');
    assert.equal(image?.imageSource, 'IMPORTED');
    assert.equal(image?.name, 'Imported VM');
    assert.equal(image?.version, '2.0.0/1');
    assert.deepEqual(image?.tags, { origin: 'vmware' });
    const ami = image?.outputResources?.amis?.[0];
    assert.match(ami?.image ?? '', /^ami-[0-9a-f]{17}$/);
    assert.equal(ami?.description, 'from the data centre');
  });

  it('creates the service-linked role in an account that has none', async () => {
    const root = await server.createAccount('333344445555');
    await server.imagebuilder(root).send(
      new ImportVmImageCommand({
        name: 'first',
        semanticVersion: '1.0.0',
        platform: 'Windows',
        vmImportTaskId: 'import-ami-1',
      }),
    );
    const role = await server
      .iam(root)
      .send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForImageBuilder' }));
    assert.equal(role.Role?.Path, '/aws-service-role/imagebuilder.amazonaws.com/');
  });

  it('validates its input and needs imagebuilder:ImportVmImage on the image version', async () => {
    const send = (input: Record<string, unknown>, client = ib) =>
      rejection(
        client.send(
          new ImportVmImageCommand({
            name: 'checked',
            semanticVersion: '1.0.0',
            platform: 'Linux',
            vmImportTaskId: 'import-ami-2',
            ...input,
          } as never),
        ),
      );
    assert.equal((await send({ platform: 'Solaris' })).name, 'InvalidParameterValueException');
    assert.equal((await send({ semanticVersion: '1.0' })).name, 'InvalidVersionNumberException');
    assert.equal((await send({ vmImportTaskId: undefined })).name, 'InvalidRequestException');
    assert.equal((await send({ name: 'bad/name' })).name, 'InvalidParameterValueException');
    const user = await createUserWithKey(server.iam(), 'no-import', allowPolicy('imagebuilder:Get*'));
    const denied = await send({}, server.imagebuilder(user.credentials));
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(
      denied.message,
      new RegExp(`imagebuilder:ImportVmImage on resource: ${arnOf('image', 'checked/1\\.0\\.0')} `),
    );
  });
});

describe('ImportDiskImage (simulated: the ISO is not read)', () => {
  const ISO = 's3://iso-bucket/windows11.iso';

  it('checks the ISO read as the execution role, then builds the image of build type IMPORT_ISO', async () => {
    await executionRole('IsoImportRole', allowPolicy('s3:GetObject', 'arn:aws:s3:::iso-bucket/*'));
    const answer = await ib.send(
      new ImportDiskImageCommand({
        name: 'windows-11',
        semanticVersion: '1.0.0',
        platform: 'Windows',
        osVersion: 'Microsoft Windows 11',
        executionRole: 'IsoImportRole',
        infrastructureConfigurationArn: infraArn,
        uri: ISO,
        windowsConfiguration: { imageIndex: 3 },
        registerImageOptions: { secureBootEnabled: true },
        clientToken: 'import-iso',
      }),
    );
    assert.equal(answer.imageBuildVersionArn, arnOf('image', 'windows-11/1.0.0/1'));
    assert.equal(answer.clientToken, 'import-iso');
    const image = await waitForImage(ib, answer.imageBuildVersionArn ?? '');
    assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
    assert.equal(image.buildType, 'IMPORT_ISO');
    assert.equal(image.platform, 'Windows');
    assert.equal(image.executionRole, `arn:aws:iam::${ACCOUNT}:role/IsoImportRole`);
    assert.equal(image.outputResources?.amis?.length, 1);
  });

  it('refuses an execution role that may not read the ISO (AccessDeniedException)', async () => {
    await executionRole('NoS3Role');
    const denied = await rejection(
      ib.send(
        new ImportDiskImageCommand({
          name: 'windows-11-denied',
          semanticVersion: '1.0.0',
          platform: 'Windows',
          osVersion: 'Microsoft Windows 11',
          executionRole: 'NoS3Role',
          infrastructureConfigurationArn: infraArn,
          uri: ISO,
        }),
      ),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(denied.$metadata?.httpStatusCode, 403);
    assert.match(
      denied.message,
      /^The execution role arn:aws:iam::123456789012:role\/NoS3Role cannot read the ISO file s3:\/\/iso-bucket\/windows11\.iso: User: arn:aws:sts::123456789012:assumed-role\/NoS3Role\/EC2ImageBuilder is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::iso-bucket\/windows11\.iso because no identity-based policy allows the s3:GetObject action\.$/,
    );
  });

  it('answers the documented errors and needs iam:PassRole of the execution role', async () => {
    const send = (input: Record<string, unknown>, client = ib) =>
      rejection(
        client.send(
          new ImportDiskImageCommand({
            name: 'windows-11-errors',
            semanticVersion: '1.0.0',
            platform: 'Windows',
            osVersion: 'Microsoft Windows 11',
            executionRole: 'IsoImportRole',
            infrastructureConfigurationArn: infraArn,
            uri: ISO,
            ...input,
          } as never),
        ),
      );
    assert.equal((await send({ platform: 'Linux' })).name, 'InvalidParameterValueException');
    assert.equal((await send({ uri: 'https://example.com/x.iso' })).name, 'InvalidParameterValueException');
    assert.equal((await send({ uri: undefined })).name, 'InvalidRequestException');
    assert.equal((await send({ windowsConfiguration: {} })).name, 'InvalidRequestException');
    const unknownInfra = await send({
      infrastructureConfigurationArn: arnOf('infrastructure-configuration', 'nope'),
    });
    assert.equal(unknownInfra.name, 'ResourceNotFoundException');
    const user = await createUserWithKey(server.iam(), 'iso-importer', allowPolicy('imagebuilder:*'));
    const noPass = await send({}, server.imagebuilder(user.credentials));
    assert.equal(noPass.name, 'AccessDeniedException');
    assert.match(noPass.message, /iam:PassRole on resource: arn:aws:iam::123456789012:role\/IsoImportRole/);
    const stranger = await createUserWithKey(server.iam(), 'no-iso', allowPolicy('iam:PassRole'));
    const denied = await send({}, server.imagebuilder(stranger.credentials));
    assert.match(
      denied.message,
      /imagebuilder:ImportDiskImage on resource: arn:aws:imagebuilder:us-east-1:123456789012:image\/windows-11-errors\/1\.0\.0 /,
    );
  });
});

describe('image scan findings (ibiam runs no scans: always empty)', () => {
  it('lists no findings, with the filters and pagination validated', async () => {
    const all = await ib.send(new ListImageScanFindingsCommand({}));
    assert.deepEqual(all.findings, []);
    assert.equal(all.nextToken, undefined);
    const filtered = await ib.send(
      new ListImageScanFindingsCommand({
        filters: [{ name: 'imageBuildVersionArn', values: [sourceArn] }],
        maxResults: 5,
      }),
    );
    assert.deepEqual(filtered.findings, []);
    const send = (input: Record<string, unknown>) =>
      rejection(ib.send(new ListImageScanFindingsCommand(input as never)));
    const two = await send({
      filters: [
        { name: 'severity', values: ['HIGH'] },
        { name: 'vulnerabilityId', values: ['CVE-2024-1'] },
      ],
    });
    assert.equal(two.name, 'InvalidParameterValueException');
    assert.equal(
      (await send({ filters: [{ name: 'severity', values: ['HIGH', 'LOW'] }] })).name,
      'InvalidParameterValueException',
    );
    const unknown = await send({ filters: [{ name: 'platform', values: ['Linux'] }] });
    assert.equal(unknown.name, 'InvalidRequestException');
    assert.equal((await send({ maxResults: 26 })).name, 'InvalidParameterValueException');
    assert.equal((await send({ nextToken: 'made-up' })).name, 'InvalidPaginationTokenException');
  });

  it('aggregates nothing, by account unless a filter names the key', async () => {
    const byAccount = await ib.send(new ListImageScanFindingAggregationsCommand({}));
    assert.equal(byAccount.aggregationType, 'accountId');
    assert.deepEqual(byAccount.responses, []);
    const byPipeline = await ib.send(
      new ListImageScanFindingAggregationsCommand({
        filter: { name: 'imagePipelineArn', values: [arnOf('image-pipeline', 'golden')] },
      }),
    );
    assert.equal(byPipeline.aggregationType, 'imagePipelineArn');
    assert.deepEqual(byPipeline.responses, []);
    const bad = await rejection(
      ib.send(
        new ListImageScanFindingAggregationsCommand({ filter: { name: 'severity', values: ['HIGH'] } }),
      ),
    );
    assert.equal(bad.name, 'InvalidRequestException');
    const token = await rejection(ib.send(new ListImageScanFindingAggregationsCommand({ nextToken: 'x' })));
    assert.equal(token.name, 'InvalidPaginationTokenException');
  });

  it('is authorized on the image the filter names, else on *', async () => {
    const user = await createUserWithKey(
      server.iam(),
      'findings-reader',
      allowPolicy(
        ['imagebuilder:ListImageScanFindings', 'imagebuilder:ListImageScanFindingAggregations'],
        sourceArn,
      ),
    );
    const client = server.imagebuilder(user.credentials);
    const mine = await client.send(
      new ListImageScanFindingsCommand({ filters: [{ name: 'imageBuildVersionArn', values: [sourceArn] }] }),
    );
    assert.deepEqual(mine.findings, []);
    const all = await rejection(client.send(new ListImageScanFindingsCommand({})));
    assert.equal(all.name, 'AccessDeniedException');
    assert.match(all.message, /imagebuilder:ListImageScanFindings on resource: \*/);
    const aggregations = await rejection(client.send(new ListImageScanFindingAggregationsCommand({})));
    assert.equal(aggregations.name, 'AccessDeniedException');
  });
});

describe('GetMarketplaceResource (ibiam has no Marketplace catalogue)', () => {
  const resourceArn = `arn:aws:imagebuilder:${REGION}:aws-marketplace:component/cis-hardening/1.0.0/1`;

  it('validates the request, then finds no such resource', async () => {
    const notFound = await rejection(
      ib.send(new GetMarketplaceResourceCommand({ resourceType: 'COMPONENT_DATA', resourceArn })),
    );
    assert.equal(notFound.name, 'ResourceNotFoundException');
    assert.equal(notFound.$metadata?.httpStatusCode, 404);
    assert.equal(notFound.message, `The resource ARN '${resourceArn}' does not exist.`);
    const send = (input: Record<string, unknown>) =>
      rejection(
        ib.send(
          new GetMarketplaceResourceCommand({
            resourceType: 'COMPONENT_ARTIFACT',
            resourceArn,
            ...input,
          } as never),
        ),
      );
    assert.equal((await send({ resourceType: 'RECIPE' })).name, 'InvalidParameterValueException');
    assert.equal((await send({ resourceType: undefined })).name, 'InvalidRequestException');
    assert.equal((await send({ resourceArn: 'arn:aws:s3:::bucket' })).name, 'InvalidParameterValueException');
  });

  it('needs imagebuilder:GetMarketplaceResource on the component', async () => {
    const user = await createUserWithKey(
      server.iam(),
      'no-marketplace',
      allowPolicy('imagebuilder:GetComponent'),
    );
    const denied = await rejection(
      server
        .imagebuilder(user.credentials)
        .send(new GetMarketplaceResourceCommand({ resourceType: 'COMPONENT_DATA', resourceArn })),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(
      denied.message,
      new RegExp(`imagebuilder:GetMarketplaceResource on resource: ${resourceArn}`),
    );
  });
});
