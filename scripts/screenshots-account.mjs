// A small, realistic account for the README's screenshots (scripts/screenshots.mjs), set up through the
// public APIs with the AWS SDK as a user would: the seeds' roles (the Image Builder instance profile role,
// the AWS Marketplace instance and automation roles, the lifecycle execution role), a second account with
// the cross-account distribution role, users with their policies, an Image Builder pipeline whose run built
// an image (AVAILABLE) and a build whose instance profile role lacks EC2InstanceProfileForImageBuilder
// (FAILED), and a few refused requests for the decision log.
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreatePolicyCommand,
  CreatePolicyVersionCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import {
  CreateComponentCommand,
  CreateDistributionConfigurationCommand,
  CreateImageCommand,
  CreateImagePipelineCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
  GetImageCommand,
  ImagebuilderClient,
  ListImagePipelineImagesCommand,
  StartImagePipelineExecutionCommand,
} from '@aws-sdk/client-imagebuilder';

export const SECOND_ACCOUNT = '444455556666';

const doc = (statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const trustService = (...services) =>
  doc([{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }]);
const managed = (name) => `arn:aws:iam::aws:policy/${name}`;

/** AWS SDK clients for a server and an access key pair. */
export function clients(url, credentials) {
  const config = { endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 };
  return { iam: new IAMClient(config), ib: new ImagebuilderClient(config) };
}

async function role(iam, name, trust, policies = [], instanceProfile = false) {
  const created = await iam.send(new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: trust }));
  for (const PolicyArn of policies)
    await iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn }));
  if (instanceProfile) {
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }));
  }
  return created.Role.Arn;
}

async function user(iam, name, policy) {
  await iam.send(new CreateUserCommand({ UserName: name }));
  if (policy)
    await iam.send(
      new PutUserPolicyCommand({ UserName: name, PolicyName: `${name}-access`, PolicyDocument: policy }),
    );
  const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey;
  return { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
}

async function waitForImage(ib, arn) {
  for (let i = 0; i < 300; i++) {
    const image = (await ib.send(new GetImageCommand({ imageBuildVersionArn: arn }))).image;
    if (['AVAILABLE', 'FAILED', 'CANCELLED'].includes(image?.state?.status)) return image;
    await sleep(100);
  }
  throw new Error(`image ${arn} did not settle`);
}

const COMPONENT = `name: InstallTools
description: Installs the build tools
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: InstallTools
        action: ExecuteBash
        inputs:
          commands:
            - sudo dnf install -y git jq
`;

/** The IAM side: the seeds' roles, a customer managed policy with two versions, users. */
async function setUpIam(url, iam, account, secondRoot) {
  const ec2 = trustService('ec2.amazonaws.com');
  const instanceRole = await role(
    iam,
    'ImageBuilderInstanceRole',
    ec2,
    [managed('EC2InstanceProfileForImageBuilder'), managed('AmazonSSMManagedInstanceCore')],
    true,
  );
  await role(iam, 'BuildWithoutImageBuilderPolicy', ec2, [managed('AmazonSSMManagedInstanceCore')], true);
  // The AWS Marketplace guide's InstanceRole and AutomationRole (trusting EC2 and Systems Manager).
  const ssmEc2 = trustService('ssm.amazonaws.com', 'ec2.amazonaws.com');
  const marketplaceInstance = await role(iam, 'MarketplaceInstanceRole', ssmEc2, [], true);
  await role(iam, 'MarketplaceAutomationRole', ssmEc2);
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: 'MarketplaceAutomationRole',
      PolicyName: 'AutomationRolePermissionsPolicy',
      PolicyDocument: doc([
        { Effect: 'Allow', Action: ['ssm:*'], Resource: ['*'] },
        {
          Effect: 'Allow',
          Action: ['ec2:RunInstances', 'ec2:CreateImage', 'ec2:DescribeImages'],
          Resource: ['*'],
        },
        { Effect: 'Allow', Action: ['iam:PassRole'], Resource: [marketplaceInstance] },
      ]),
    }),
  );
  await role(iam, 'EC2ImageBuilderLifecycleExecutionRole', trustService('imagebuilder.amazonaws.com'), [
    managed('service-role/EC2ImageBuilderLifecycleExecutionPolicy'),
  ]);

  // A customer managed policy with a second version (for the version diff).
  const operators = await iam.send(
    new CreatePolicyCommand({
      PolicyName: 'ImageBuilderOperators',
      Description: 'Run and watch the golden image pipelines',
      PolicyDocument: doc([
        {
          Sid: 'ReadImageBuilder',
          Effect: 'Allow',
          Action: ['imagebuilder:Get*', 'imagebuilder:List*'],
          Resource: '*',
        },
      ]),
    }),
  );
  await iam.send(
    new CreatePolicyVersionCommand({
      PolicyArn: operators.Policy.Arn,
      SetAsDefault: true,
      PolicyDocument: doc([
        {
          Sid: 'ReadImageBuilder',
          Effect: 'Allow',
          Action: ['imagebuilder:Get*', 'imagebuilder:List*'],
          Resource: '*',
        },
        {
          Sid: 'RunPipelines',
          Effect: 'Allow',
          Action: 'imagebuilder:StartImagePipelineExecution',
          Resource: `arn:aws:imagebuilder:us-east-1:${account}:image-pipeline/*`,
        },
        {
          Sid: 'PassTheInstanceRole',
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: instanceRole,
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ]),
    }),
  );

  const releaseEngineer = await user(
    iam,
    'release-engineer',
    doc([
      { Sid: 'AllowImageBuilder', Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' },
      {
        Sid: 'DenyDeleteOutsideIreland',
        Effect: 'Deny',
        Action: 'imagebuilder:DeleteImage',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      },
      {
        Sid: 'PassTheInstanceRole',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: instanceRole,
        Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
      },
    ]),
  );
  await user(
    iam,
    'ops-alice',
    doc([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: `arn:aws:iam::${SECOND_ACCOUNT}:role/EC2ImageBuilderDistributionCrossAccountRole`,
      },
    ]),
  );
  const intern = await user(
    iam,
    'intern',
    doc([{ Effect: 'Allow', Action: 'imagebuilder:List*', Resource: '*' }]),
  );

  // The second account's distribution role trusts this account (the seeds' cross-account distribution).
  const second = clients(url, secondRoot);
  await role(
    second.iam,
    'EC2ImageBuilderDistributionCrossAccountRole',
    doc([{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }]),
    [managed('Ec2ImageBuilderCrossAccountDistributionAccess')],
  );
  return { releaseEngineer, intern };
}

/** The Image Builder side: a pipeline run that builds, and a build that IAM refuses. */
async function setUpImageBuilder(ib) {
  const component = await ib.send(
    new CreateComponentCommand({
      name: 'install-tools',
      semanticVersion: '1.0.0',
      platform: 'Linux',
      data: COMPONENT,
    }),
  );
  const recipe = await ib.send(
    new CreateImageRecipeCommand({
      name: 'golden-al2023',
      semanticVersion: '1.0.0',
      parentImage: 'ami-0123456789abcdef0',
      components: [{ componentArn: component.componentBuildVersionArn }],
    }),
  );
  const infrastructure = async (name, instanceProfileName) =>
    (
      await ib.send(
        new CreateInfrastructureConfigurationCommand({
          name,
          instanceProfileName,
          instanceTypes: ['t3.medium'],
        }),
      )
    ).infrastructureConfigurationArn;
  const good = await infrastructure('golden-build', 'ImageBuilderInstanceRole');
  const broken = await infrastructure('build-without-imagebuilder-policy', 'BuildWithoutImageBuilderPolicy');
  const distribution = await ib.send(
    new CreateDistributionConfigurationCommand({
      name: 'us-east-1-ami',
      distributions: [
        {
          region: 'us-east-1',
          amiDistributionConfiguration: { name: 'golden-al2023-{{imagebuilder:buildDate}}' },
        },
      ],
    }),
  );
  const pipeline = await ib.send(
    new CreateImagePipelineCommand({
      name: 'golden-al2023-weekly',
      description: 'The weekly golden Amazon Linux 2023 AMI',
      imageRecipeArn: recipe.imageRecipeArn,
      infrastructureConfigurationArn: good,
      distributionConfigurationArn: distribution.distributionConfigurationArn,
      schedule: { scheduleExpression: 'cron(0 6 ? * mon *)' },
    }),
  );
  const run = await ib.send(
    new StartImagePipelineExecutionCommand({ imagePipelineArn: pipeline.imagePipelineArn }),
  );
  const available = await waitForImage(ib, run.imageBuildVersionArn);
  const failedBuild = await ib.send(
    new CreateImageCommand({ imageRecipeArn: recipe.imageRecipeArn, infrastructureConfigurationArn: broken }),
  );
  const failed = await waitForImage(ib, failedBuild.imageBuildVersionArn);
  await ib.send(new ListImagePipelineImagesCommand({ imagePipelineArn: pipeline.imagePipelineArn }));
  return { available, failed, pipelineArn: pipeline.imagePipelineArn };
}

/** Sets up the account (and the second one); answers what the screenshots open. */
export async function setUpAccount(url, root, secondRoot, account) {
  const { iam, ib } = clients(url, root);
  const users = await setUpIam(url, iam, account, secondRoot);
  const images = await setUpImageBuilder(ib);
  // A few refused requests for the decision log: the intern may only list.
  const intern = clients(url, users.intern);
  await intern.ib
    .send(new StartImagePipelineExecutionCommand({ imagePipelineArn: images.pipelineArn }))
    .catch(() => {});
  await intern.iam.send(new CreateUserCommand({ UserName: 'intern-2' })).catch(() => {});
  return { ...users, ...images };
}
