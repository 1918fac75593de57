// Image Builder images and image pipelines end to end with the AWS SDK: CreateImage answers a PENDING
// image build version numbered after the recipe's semantic version (builds 1, 2, ...), with the request
// the builds engine reads; GetImage / ListImages / ListImageBuildVersions / ListImagePackages;
// CancelImageCreation only while in progress; DeleteImage; pipelines (create, get, list, update,
// StartImagePipelineExecution, ListImagePipelineImages, delete) and the dependencies they hold; the
// execution role's iam:PassRole to imagebuilder.amazonaws.com; bad input writes nothing.
// Sources: the Image Builder API reference (each operation), the semantic versioning and image states
// pages of the user guide, and AWS error transcripts cited per test.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  GetRoleCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import {
  CancelImageCreationCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImagePipelineCommand,
  CreateInfrastructureConfigurationCommand,
  DeleteDistributionConfigurationCommand,
  DeleteImageCommand,
  DeleteImagePipelineCommand,
  DeleteInfrastructureConfigurationCommand,
  GetImageCommand,
  GetImagePipelineCommand,
  ListImageBuildVersionsCommand,
  ListImagePackagesCommand,
  ListImagePipelineImagesCommand,
  ListImagePipelinesCommand,
  ListImagesCommand,
  StartImagePipelineExecutionCommand,
  UpdateImagePipelineCommand,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { putResource } from '../../src/services/imagebuilder/common/resources.js';
import {
  getBuildRequest,
  type ImageBuildRequest,
} from '../../src/services/imagebuilder/common/image-build-request.js';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import { createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const REGION = 'us-east-1';
const FULL_ACCESS = 'arn:aws:iam::aws:policy/AWSImageBuilderFullAccess';
const IB = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}`;
const RECIPE_ARN = `${IB}:image-recipe/web-server/1.2.0`;
const INFRA_ARN = `${IB}:infrastructure-configuration/web-infra`;
const DIST_ARN = `${IB}:distribution-configuration/web-dist`;
const IN_PROGRESS = ['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING'];
const TRUST = (service: string) =>
  policyText({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });

/** An image recipe as GetImageRecipe returns it, stored the way the recipes operations store it. */
async function seedRecipe(server: TestServer, account: string, arn: string, name: string, version: string) {
  const resource = {
    arn,
    type: 'AMI',
    name,
    platform: 'Linux',
    owner: account,
    version,
    components: [{ componentArn: `arn:aws:imagebuilder:${REGION}:aws:component/update-linux/x.x.x` }],
    parentImage: `arn:aws:imagebuilder:${REGION}:aws:image/amazon-linux-2-x86/x.x.x`,
    dateCreated: new Date().toISOString(),
    tags: {},
  };
  await server.ibiam.store.write((tx) =>
    putResource(tx, {
      arn,
      account,
      region: REGION,
      type: 'image-recipe',
      name,
      version,
      tags: {},
      resource,
    }),
  );
}

describe('Image Builder images', () => {
  let server: TestServer;
  let iam: IAMClient;
  let client: ImagebuilderClient;
  let builderArn: string;
  const imageArn = (build: number) => `${IB}:image/web-server/1.2.0/${build}`;

  before(async () => {
    server = await startTestServer();
    iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'web-imagebuilder-role',
        AssumeRolePolicyDocument: TRUST('ec2.amazonaws.com'),
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web-imagebuilder-profile' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'web-imagebuilder-profile',
        RoleName: 'web-imagebuilder-role',
      }),
    );
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'ExecutionRole',
        AssumeRolePolicyDocument: TRUST('imagebuilder.amazonaws.com'),
      }),
    );
    const user = await createUserWithKey(iam, 'builder');
    await iam.send(new AttachUserPolicyCommand({ UserName: 'builder', PolicyArn: FULL_ACCESS }));
    builderArn = user.arn;
    client = server.imagebuilder(user.credentials);
    await seedRecipe(server, ACCOUNT, RECIPE_ARN, 'web-server', '1.2.0');
    await client.send(
      new CreateInfrastructureConfigurationCommand({
        name: 'web-infra',
        instanceProfileName: 'web-imagebuilder-profile',
      }),
    );
    await client.send(
      new CreateDistributionConfigurationCommand({
        name: 'web-dist',
        distributions: [
          { region: REGION, amiDistributionConfiguration: { name: 'web-{{imagebuilder:buildDate}}' } },
        ],
      }),
    );
  });
  after(() => server.stop());

  it('creates an image build version in progress, numbered after the recipe version', async () => {
    // https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html:
    // "<major>.<minor>.<patch>/<build>" — Image Builder assigns the build number.
    const created = await client.send(
      new CreateImageCommand({
        imageRecipeArn: RECIPE_ARN,
        infrastructureConfigurationArn: INFRA_ARN,
        distributionConfigurationArn: DIST_ARN,
        tags: { purpose: 'test' },
      }),
    );
    assert.equal(created.imageBuildVersionArn, imageArn(1));
    const got = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn(1) }));
    const image = got.image;
    assert.equal(image?.arn, imageArn(1));
    assert.equal(image?.name, 'web-server');
    assert.equal(image?.version, '1.2.0/1');
    assert.equal(image?.type, 'AMI');
    assert.equal(image?.platform, 'Linux');
    assert.ok(IN_PROGRESS.includes(image?.state?.status ?? ''), `in progress: ${image?.state?.status}`);
    assert.equal(image?.imageRecipe?.arn, RECIPE_ARN);
    assert.equal(image?.infrastructureConfiguration?.arn, INFRA_ARN);
    assert.equal(image?.distributionConfiguration?.arn, DIST_ARN);
    assert.deepEqual(image?.imageTestsConfiguration, { imageTestsEnabled: true, timeoutMinutes: 720 });
    assert.equal(image?.enhancedImageMetadataEnabled, true);
    assert.equal(image?.buildType, 'USER_INITIATED');
    assert.deepEqual(image?.tags, { purpose: 'test' });

    const second = await client.send(
      new CreateImageCommand({ imageRecipeArn: RECIPE_ARN, infrastructureConfigurationArn: INFRA_ARN }),
    );
    assert.equal(second.imageBuildVersionArn, imageArn(2));
  });

  it('leaves the builds engine a request with everything the build needs', async () => {
    const request = (await server.ibiam.store.read((tx) =>
      getBuildRequest(tx, ACCOUNT, imageArn(1)),
    )) as ImageBuildRequest;
    assert.equal(request.imageBuildVersionArn, imageArn(1));
    assert.equal(request.requestedBy.arn, builderArn);
    assert.equal(request.recipe.arn, RECIPE_ARN);
    assert.equal(request.infrastructureConfiguration['instanceProfileName'], 'web-imagebuilder-profile');
    assert.equal(request.distributionConfiguration?.['arn'], DIST_ARN);
    assert.equal(
      request.serviceLinkedRoleArn,
      `arn:aws:iam::${ACCOUNT}:role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder`,
    );
    assert.deepEqual(request.source, { operation: 'CreateImage' });
  });

  it('lists image versions, build versions and (empty before a finished build) packages', async () => {
    const images = await client.send(new ListImagesCommand({}));
    assert.deepEqual(
      images.imageVersionList?.map((v) => [v.arn, v.version, v.owner]),
      [[`${IB}:image/web-server/1.2.0`, '1.2.0', ACCOUNT]],
    );
    const byName = await client.send(
      new ListImagesCommand({ byName: true, filters: [{ name: 'name', values: ['web-server'] }] }),
    );
    assert.equal(byName.imageVersionList?.length, 1);
    const none = await client.send(new ListImagesCommand({ owner: 'Amazon' }));
    assert.deepEqual(none.imageVersionList, []);
    const builds = await client.send(
      new ListImageBuildVersionsCommand({ imageVersionArn: `${IB}:image/web-server/1.2.0` }),
    );
    assert.deepEqual(
      builds.imageSummaryList?.map((s) => s.arn),
      [imageArn(2), imageArn(1)],
    );
    const packages = await client.send(new ListImagePackagesCommand({ imageBuildVersionArn: imageArn(1) }));
    assert.deepEqual(packages.imagePackageList, []);
    // GetImage takes a version ARN with wildcards too: the newest matching build.
    const latest = await client.send(
      new GetImageCommand({ imageBuildVersionArn: `${IB}:image/web-server/1.x.x` }),
    );
    assert.equal(latest.image?.arn, imageArn(2));
  });

  it('cancels a build in progress only, and deletes an image only once it is not in progress', async () => {
    const refused = await rejection(
      client.send(new DeleteImageCommand({ imageBuildVersionArn: imageArn(2) })),
    );
    assert.equal(refused.name, 'ResourceDependencyException');
    await client.send(new CancelImageCreationCommand({ imageBuildVersionArn: imageArn(2) }));
    const got = await client.send(new GetImageCommand({ imageBuildVersionArn: imageArn(2) }));
    assert.equal(got.image?.state?.status, 'CANCELLED');
    await assert.rejects(client.send(new CancelImageCreationCommand({ imageBuildVersionArn: imageArn(2) })), {
      name: 'ResourceInUseException',
    });
    await client.send(new DeleteImageCommand({ imageBuildVersionArn: imageArn(2) }));
    await assert.rejects(client.send(new GetImageCommand({ imageBuildVersionArn: imageArn(2) })), {
      name: 'ResourceNotFoundException',
    });
    // Build numbers are not reused.
    const next = await client.send(
      new CreateImageCommand({ imageRecipeArn: RECIPE_ARN, infrastructureConfigurationArn: INFRA_ARN }),
    );
    assert.equal(next.imageBuildVersionArn, imageArn(3));
  });

  it('requires exactly one recipe, existing references, and writes nothing on bad input', async () => {
    await assert.rejects(
      client.send(
        new CreateImageCommand({
          imageRecipeArn: RECIPE_ARN,
          containerRecipeArn: `${IB}:container-recipe/web/1.0.0`,
          infrastructureConfigurationArn: INFRA_ARN,
        }),
      ),
      { name: 'InvalidRequestException' },
    );
    await assert.rejects(
      client.send(
        new CreateImageCommand({
          imageRecipeArn: `${IB}:image-recipe/missing/1.0.0`,
          infrastructureConfigurationArn: INFRA_ARN,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    await assert.rejects(
      client.send(
        new CreateImageCommand({
          imageRecipeArn: RECIPE_ARN,
          infrastructureConfigurationArn: `${IB}:infrastructure-configuration/missing`,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    await assert.rejects(
      client.send(
        new CreateImageCommand({ imageRecipeArn: 'not-an-arn', infrastructureConfigurationArn: INFRA_ARN }),
      ),
      {
        name: 'InvalidParameterValueException',
        message: "The value supplied for parameter 'imageRecipeArn' is not valid.",
      },
    );
    const builds = await client.send(
      new ListImageBuildVersionsCommand({ imageVersionArn: `${IB}:image/web-server/1.2.0` }),
    );
    assert.deepEqual(
      builds.imageSummaryList?.map((s) => s.arn),
      [imageArn(3), imageArn(1)],
    );
  });

  it('requires iam:PassRole of the execution role to imagebuilder.amazonaws.com, and a role with workflows', async () => {
    // AWSImageBuilderFullAccess allows iam:PassRole only to ec2.amazonaws.com.
    const denied = await rejection(
      client.send(
        new CreateImageCommand({
          imageRecipeArn: RECIPE_ARN,
          infrastructureConfigurationArn: INFRA_ARN,
          executionRole: 'ExecutionRole',
        }),
      ),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(
      denied.message,
      `User: ${builderArn} is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${ACCOUNT}:role/ExecutionRole ` +
        'because no identity-based policy allows the iam:PassRole action',
    );
    await assert.rejects(
      client.send(
        new CreateImageCommand({
          imageRecipeArn: RECIPE_ARN,
          infrastructureConfigurationArn: INFRA_ARN,
          workflows: [{ workflowArn: `arn:aws:imagebuilder:${REGION}:aws:workflow/build/build-image/x.x.x` }],
        }),
      ),
      { name: 'InvalidRequestException' },
    );
    const admin = server.imagebuilder();
    const created = await admin.send(
      new CreateImageCommand({
        imageRecipeArn: RECIPE_ARN,
        infrastructureConfigurationArn: INFRA_ARN,
        executionRole: `arn:aws:iam::${ACCOUNT}:role/ExecutionRole`,
        workflows: [{ workflowArn: `arn:aws:imagebuilder:${REGION}:aws:workflow/build/build-image/x.x.x` }],
      }),
    );
    const got = await admin.send(new GetImageCommand({ imageBuildVersionArn: created.imageBuildVersionArn }));
    assert.equal(got.image?.executionRole, `arn:aws:iam::${ACCOUNT}:role/ExecutionRole`);
    assert.equal(got.image?.workflows?.length, 1);
  });

  it('is authorized on the image ARN with its tags', async () => {
    const user = await createUserWithKey(
      iam,
      'reader',
      policyText({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'imagebuilder:GetImage',
            Resource: '*',
            Condition: { StringEquals: { 'aws:ResourceTag/purpose': 'test' } },
          },
        ],
      }),
    );
    const reader = server.imagebuilder(user.credentials);
    await reader.send(new GetImageCommand({ imageBuildVersionArn: imageArn(1) }));
    const denied = await rejection(reader.send(new GetImageCommand({ imageBuildVersionArn: imageArn(3) })));
    assert.equal(
      denied.message,
      `User: ${user.arn} is not authorized to perform: imagebuilder:GetImage on resource: ${imageArn(3)} ` +
        'because no identity-based policy allows the imagebuilder:GetImage action',
    );
  });
});

describe('Image Builder image pipelines', () => {
  let server: TestServer;
  let client: ImagebuilderClient;
  const pipelineArn = `${IB}:image-pipeline/nightly-web`;

  before(async () => {
    server = await startTestServer();
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'imagebuilder-role',
        AssumeRolePolicyDocument: TRUST('ec2.amazonaws.com'),
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'imagebuilder-profile' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'imagebuilder-profile',
        RoleName: 'imagebuilder-role',
      }),
    );
    client = server.imagebuilder();
    await seedRecipe(server, ACCOUNT, RECIPE_ARN, 'web-server', '1.2.0');
    await client.send(
      new CreateInfrastructureConfigurationCommand({
        name: 'web-infra',
        instanceProfileName: 'imagebuilder-profile',
      }),
    );
    await client.send(
      new CreateDistributionConfigurationCommand({
        name: 'web-dist',
        distributions: [
          { region: REGION, amiDistributionConfiguration: { name: 'web-{{imagebuilder:buildDate}}' } },
        ],
      }),
    );
  });
  after(() => server.stop());

  it('creates a pipeline and reports it with its defaults', async () => {
    const created = await client.send(
      new CreateImagePipelineCommand({
        name: 'Nightly Web',
        imageRecipeArn: RECIPE_ARN,
        infrastructureConfigurationArn: INFRA_ARN,
        distributionConfigurationArn: DIST_ARN,
        schedule: { scheduleExpression: 'cron(0 0 * * ? *)' },
        imageTags: { built: 'nightly' },
        tags: { team: 'web' },
      }),
    );
    assert.equal(created.imagePipelineArn, pipelineArn);
    const got = await client.send(new GetImagePipelineCommand({ imagePipelineArn: pipelineArn }));
    const pipeline = got.imagePipeline;
    assert.equal(pipeline?.name, 'Nightly Web');
    assert.equal(pipeline?.platform, 'Linux');
    assert.equal(pipeline?.status, 'ENABLED');
    assert.equal(pipeline?.imageRecipeArn, RECIPE_ARN);
    assert.equal(pipeline?.infrastructureConfigurationArn, INFRA_ARN);
    assert.equal(pipeline?.distributionConfigurationArn, DIST_ARN);
    assert.deepEqual(pipeline?.schedule, {
      scheduleExpression: 'cron(0 0 * * ? *)',
      pipelineExecutionStartCondition: 'EXPRESSION_MATCH_AND_DEPENDENCY_UPDATES_AVAILABLE',
    });
    assert.deepEqual(pipeline?.imageTestsConfiguration, { imageTestsEnabled: true, timeoutMinutes: 720 });
    assert.deepEqual(pipeline?.tags, { team: 'web' });
    const listed = await client.send(
      new ListImagePipelinesCommand({ filters: [{ name: 'status', values: ['ENABLED'] }] }),
    );
    assert.deepEqual(
      listed.imagePipelineList?.map((p) => p.arn),
      [pipelineArn],
    );
  });

  it('keeps the configurations it uses from being deleted', async () => {
    // ministryofjustice/modernisation-platform-ami-builds#1127: "ResourceDependencyException: Resource
    // dependency error: The resource ARN '...' has other resources depended on it."
    await assert.rejects(
      client.send(
        new DeleteInfrastructureConfigurationCommand({ infrastructureConfigurationArn: INFRA_ARN }),
      ),
      {
        name: 'ResourceDependencyException',
        message: `Resource dependency error: The resource ARN '${INFRA_ARN}' has other resources depended on it.`,
      },
    );
    await assert.rejects(
      client.send(new DeleteDistributionConfigurationCommand({ distributionConfigurationArn: DIST_ARN })),
      {
        name: 'ResourceDependencyException',
      },
    );
  });

  it('runs the pipeline: an image with the pipeline as its source and the pipeline image tags', async () => {
    const started = await client.send(
      new StartImagePipelineExecutionCommand({ imagePipelineArn: pipelineArn, tags: { run: 'manual' } }),
    );
    assert.equal(started.imageBuildVersionArn, `${IB}:image/web-server/1.2.0/1`);
    const image = (
      await client.send(new GetImageCommand({ imageBuildVersionArn: started.imageBuildVersionArn }))
    ).image;
    assert.equal(image?.sourcePipelineArn, pipelineArn);
    assert.equal(image?.sourcePipelineName, 'Nightly Web');
    assert.deepEqual(image?.tags, { built: 'nightly', run: 'manual' });
    const images = await client.send(new ListImagePipelineImagesCommand({ imagePipelineArn: pipelineArn }));
    assert.deepEqual(
      images.imageSummaryList?.map((s) => s.arn),
      [started.imageBuildVersionArn],
    );
    const pipeline = (await client.send(new GetImagePipelineCommand({ imagePipelineArn: pipelineArn })))
      .imagePipeline;
    assert.ok(pipeline?.dateLastRun);
  });

  it('updates and deletes the pipeline', async () => {
    await client.send(
      new UpdateImagePipelineCommand({
        imagePipelineArn: pipelineArn,
        imageRecipeArn: RECIPE_ARN,
        infrastructureConfigurationArn: INFRA_ARN,
        status: 'DISABLED',
        description: 'paused',
      }),
    );
    const pipeline = (await client.send(new GetImagePipelineCommand({ imagePipelineArn: pipelineArn })))
      .imagePipeline;
    assert.equal(pipeline?.status, 'DISABLED');
    assert.equal(pipeline?.description, 'paused');
    assert.equal(pipeline?.distributionConfigurationArn, undefined);
    assert.deepEqual(pipeline?.tags, { team: 'web' });
    // The distribution configuration is free now.
    await client.send(new DeleteDistributionConfigurationCommand({ distributionConfigurationArn: DIST_ARN }));
    await client.send(new DeleteImagePipelineCommand({ imagePipelineArn: pipelineArn }));
    await assert.rejects(
      client.send(new StartImagePipelineExecutionCommand({ imagePipelineArn: pipelineArn })),
      {
        name: 'ResourceNotFoundException',
      },
    );
    await assert.rejects(client.send(new ListImagePipelineImagesCommand({ imagePipelineArn: pipelineArn })), {
      name: 'ResourceNotFoundException',
    });
    await client.send(
      new DeleteInfrastructureConfigurationCommand({ infrastructureConfigurationArn: INFRA_ARN }),
    );
  });

  it('writes nothing, not even the service-linked role, when the request is refused', async () => {
    const other = await server.createAccount('444444444444');
    const otherIam = server.iam(other);
    const otherClient = server.imagebuilder(other);
    await assert.rejects(
      otherClient.send(
        new CreateImagePipelineCommand({
          name: 'orphan',
          imageRecipeArn: `arn:aws:imagebuilder:${REGION}:444444444444:image-recipe/none/1.0.0`,
          infrastructureConfigurationArn: `arn:aws:imagebuilder:${REGION}:444444444444:infrastructure-configuration/none`,
        }),
      ),
      { name: 'ResourceNotFoundException' },
    );
    await assert.rejects(otherIam.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForImageBuilder' })), {
      name: 'NoSuchEntityException',
    });
    const listed = await otherClient.send(new ListImagePipelinesCommand({}));
    assert.deepEqual(listed.imagePipelineList, []);
  });
});
