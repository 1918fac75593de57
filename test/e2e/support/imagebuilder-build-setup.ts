/**
 * The Image Builder set-up of the seed documents, done through the public APIs for the simulated-build
 * and lifecycle tests: a server whose builds run at a fast pace, the instance profile role the
 * "Prerequisites" page asks for (trusting EC2, with EC2InstanceProfileForImageBuilder and
 * AmazonSSMManagedInstanceCore), a component, an image recipe, an infrastructure configuration, and a
 * helper that waits for an image to settle.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  IAMClient,
} from '@aws-sdk/client-iam';
import {
  CreateComponentCommand,
  CreateContainerRecipeCommand,
  CreateImageRecipeCommand,
  CreateInfrastructureConfigurationCommand,
  GetImageCommand,
  ImagebuilderClient,
  type Image,
} from '@aws-sdk/client-imagebuilder';
import { STSClient } from '@aws-sdk/client-sts';
import { createAccount } from '../../../src/services/common/accounts.js';
import { DEFAULT_ROOT, startIbiam, type Ibiam } from '../../../src/server/start.js';
import { ROOT, type Credentials } from '../harness.js';
import { CONSOLE_EC2_TRUST_POLICY, MANAGED } from './seed-documents.js';

export const REGION = 'us-east-1';

export interface BuildServer {
  readonly ibiam: Ibiam;
  readonly dataDir: string;
  iam(credentials?: Credentials): IAMClient;
  sts(credentials?: Credentials): STSClient;
  imagebuilder(credentials?: Credentials): ImagebuilderClient;
  createAccount(accountId: string): Promise<Credentials>;
  stop(keepData?: boolean): Promise<void>;
}

const config = (url: string, credentials: Credentials) => ({
  endpoint: url,
  region: REGION,
  credentials,
  maxAttempts: 1,
});

/** A server (as the harness starts one) whose simulated builds take `buildStepMs` per step. */
export async function startBuildServer(
  buildStepMs = 10,
  dataDir = mkdtempSync(join(tmpdir(), 'ibiam-builds-')),
  lifecycleIntervalMs?: number,
): Promise<BuildServer> {
  process.env['AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING'] = '1';
  const ibiam = await startIbiam({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    defaultAccount: DEFAULT_ROOT,
    buildStepMs,
    ...(lifecycleIntervalMs !== undefined ? { lifecycleIntervalMs } : {}),
    logger: { info: () => {}, error: (event) => process.stderr.write(JSON.stringify(event) + '\n') },
  });
  return {
    ibiam,
    dataDir,
    iam: (credentials = ROOT) => new IAMClient(config(ibiam.url, credentials)),
    sts: (credentials = ROOT) => new STSClient(config(ibiam.url, credentials)),
    imagebuilder: (credentials = ROOT) => new ImagebuilderClient(config(ibiam.url, credentials)),
    async createAccount(accountId) {
      const created = await ibiam.store.write((tx) => createAccount(tx, accountId, new Date()));
      return { accessKeyId: created.AccessKeyId, secretAccessKey: created.SecretAccessKey };
    },
    async stop(keepData = false) {
      await ibiam.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A role trusting EC2, in an instance profile of the same name, with the given managed policies. */
export async function instanceProfileRole(
  iam: IAMClient,
  name: string,
  policies: readonly string[] = [MANAGED.instanceProfileForImageBuilder, MANAGED.ssmManagedInstanceCore],
): Promise<string> {
  const role = await iam.send(
    new CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: CONSOLE_EC2_TRUST_POLICY }),
  );
  for (const policy of policies)
    await iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: policy }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: name }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }));
  return role.Role?.Arn ?? '';
}

const COMPONENT_DOC = `name: InstallTools
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Install
        action: ExecuteBash
        inputs:
          commands:
            - echo installing
`;

/** A build component and an image recipe using it; returns the recipe's ARN. */
export async function recipe(ib: ImagebuilderClient, name: string, version = '1.0.0'): Promise<string> {
  const component = await ib.send(
    new CreateComponentCommand({
      name: `${name}-tools`,
      semanticVersion: version,
      platform: 'Linux',
      data: COMPONENT_DOC,
    }),
  );
  const created = await ib.send(
    new CreateImageRecipeCommand({
      name,
      semanticVersion: version,
      parentImage: 'ami-0123456789abcdef0',
      components: [{ componentArn: component.componentBuildVersionArn ?? '' }],
    }),
  );
  return created.imageRecipeArn ?? '';
}

/** A build component and a Docker container recipe pushing to `repository`; returns the recipe's ARN. */
export async function containerRecipe(
  ib: ImagebuilderClient,
  name: string,
  repository: string,
): Promise<string> {
  const component = await ib.send(
    new CreateComponentCommand({
      name: `${name}-tools`,
      semanticVersion: '1.0.0',
      platform: 'Linux',
      data: COMPONENT_DOC,
    }),
  );
  const created = await ib.send(
    new CreateContainerRecipeCommand({
      containerType: 'DOCKER',
      name,
      semanticVersion: '1.0.0',
      parentImage: 'amazonlinux:latest',
      components: [{ componentArn: component.componentBuildVersionArn ?? '' }],
      dockerfileTemplateData: 'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:components }}}',
      targetRepository: { service: 'ECR', repositoryName: repository },
    }),
  );
  return created.containerRecipeArn ?? '';
}

/** An infrastructure configuration for the instance profile, with optional S3 logging. */
export async function infrastructure(
  ib: ImagebuilderClient,
  name: string,
  instanceProfileName: string,
  s3Logs?: { s3BucketName: string; s3KeyPrefix?: string },
): Promise<string> {
  const created = await ib.send(
    new CreateInfrastructureConfigurationCommand({
      name,
      instanceProfileName,
      ...(s3Logs ? { logging: { s3Logs } } : {}),
    }),
  );
  return created.infrastructureConfigurationArn ?? '';
}

const SETTLED = ['AVAILABLE', 'FAILED', 'CANCELLED', 'DEPRECATED', 'DISABLED'];

/** Polls GetImage until the image has settled (or `until` says so); fails after `timeoutMs`. */
export async function waitForImage(
  ib: ImagebuilderClient,
  arn: string,
  until: (image: Image) => boolean = (image) => SETTLED.includes(image.state?.status ?? ''),
  timeoutMs = 15_000,
): Promise<Image> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const image = (await ib.send(new GetImageCommand({ imageBuildVersionArn: arn }))).image ?? {};
    if (until(image)) return image;
    if (Date.now() > deadline) throw new Error(`image ${arn} is still ${image.state?.status ?? 'unknown'}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
