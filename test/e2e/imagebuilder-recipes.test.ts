// Image Builder image and container recipes end to end with the AWS SDK: Create/Get/List/Delete, the
// checks on what a recipe refers to (components must exist and their parameters be defined, parent
// image ARNs must name an image), ResourceAlreadyExistsException for a repeated name and version, the
// dependency rules (a component a recipe uses, a recipe a pipeline or image uses, cannot be deleted),
// and the IAM requests recipe creation makes: imagebuilder:GetComponent on each component and
// imagebuilder:GetImage on a parent image ARN, besides the Create action with its tag keys.
// Sources: the Image Builder API reference (each operation), "Delete EC2 Image Builder resources", AWS
// error transcripts cited by the tests (ResourceAlreadyExistsException, ResourceDependencyException and
// the undefined-parameter InvalidParameterCombinationException from CloudTrail/Terraform reports).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateComponentCommand,
  CreateContainerRecipeCommand,
  CreateImageRecipeCommand,
  DeleteComponentCommand,
  DeleteContainerRecipeCommand,
  DeleteImageRecipeCommand,
  GetContainerRecipeCommand,
  GetImageRecipeCommand,
  ListContainerRecipesCommand,
  ListImageRecipesCommand,
  ListTagsForResourceCommand,
  type CreateContainerRecipeCommandInput,
  type CreateImageRecipeCommandInput,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { putResource } from '../../src/services/imagebuilder/common/resources.js';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import { createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const REGION = 'us-east-1';
const arnOf = (type: string, name: string, version?: string) =>
  `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:${type}/${name}${version ? `/${version}` : ''}`;

const DOC = `schemaVersion: 1.0
parameters:
  - Packages:
      type: string
      default: curl
phases:
  - name: build
    steps:
      - name: Install
        action: ExecuteBash
        inputs:
          commands:
            - yum install -y {{ Packages }}
`;

const DOCKERFILE =
  'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:environments }}}\n{{{ imagebuilder:components }}}';

async function component(builder: ImagebuilderClient, name: string, platform: 'Linux' | 'Windows' = 'Linux') {
  const created = await builder.send(
    new CreateComponentCommand({ name, semanticVersion: '1.0.0', platform, data: DOC }),
  );
  return created.componentBuildVersionArn ?? '';
}

const recipeInput = (
  name: string,
  components: string[],
  extra: Partial<CreateImageRecipeCommandInput> = {},
): CreateImageRecipeCommandInput => ({
  name,
  semanticVersion: '1.0.0',
  parentImage: 'ami-0123456789abcdef0',
  ...(components.length > 0 ? { components: components.map((componentArn) => ({ componentArn })) } : {}),
  ...extra,
});

const containerInput = (
  name: string,
  components: string[],
  extra: Partial<CreateContainerRecipeCommandInput> = {},
): CreateContainerRecipeCommandInput => ({
  containerType: 'DOCKER',
  name,
  semanticVersion: '1.0.0',
  parentImage: 'amazonlinux:latest',
  components: components.map((componentArn) => ({ componentArn })),
  dockerfileTemplateData: DOCKERFILE,
  targetRepository: { service: 'ECR', repositoryName: 'my-repo' },
  ...extra,
});

/** Stores a resource the way the pipelines and images operations store theirs (their envelope). */
async function storeOther(
  server: TestServer,
  type: 'image-pipeline' | 'image',
  arn: string,
  resource: object,
) {
  await server.ibiam.store.write((tx) =>
    putResource(tx, {
      arn,
      account: ACCOUNT,
      region: REGION,
      type,
      name: arn.split('/')[1] ?? '',
      tags: {},
      resource: { arn, ...resource },
    }),
  );
}

async function recipeRecords(server: TestServer): Promise<string> {
  return server.ibiam.store.read(async (tx) =>
    JSON.stringify([
      await tx.list('imagebuilder:image-recipe', ACCOUNT),
      await tx.list('imagebuilder:container-recipe', ACCOUNT),
    ]),
  );
}

describe('Image Builder image recipes', () => {
  let server: TestServer;
  let builder: ImagebuilderClient;
  let hello: string;
  before(async () => {
    server = await startTestServer();
    builder = server.imagebuilder();
    hello = await component(builder, 'hello');
  });
  after(() => server.stop());

  it('creates an image recipe and reads it back in the ImageRecipe shape', async () => {
    const created = await builder.send(
      new CreateImageRecipeCommand(
        recipeInput('Web Server', [], {
          description: 'The web tier',
          components: [
            { componentArn: hello, parameters: [{ name: 'Packages', value: ['nginx'] }] },
            { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x' },
          ],
          blockDeviceMappings: [
            { deviceName: '/dev/xvda', ebs: { volumeSize: 30, volumeType: 'gp3', encrypted: true } },
          ],
          workingDirectory: '/tmp',
          additionalInstanceConfiguration: { systemsManagerAgent: { uninstallAfterBuild: true } },
          amiTags: { os: 'al2023' },
          tags: { team: 'web' },
        }),
      ),
    );
    const arn = arnOf('image-recipe', 'web-server', '1.0.0');
    assert.equal(created.imageRecipeArn, arn);
    assert.ok(created.clientToken);
    assert.equal(
      created.latestVersionReferences?.latestMajorVersionArn,
      arnOf('image-recipe', 'web-server', '1.x.x'),
    );
    const { imageRecipe } = await builder.send(new GetImageRecipeCommand({ imageRecipeArn: arn }));
    assert.equal(imageRecipe?.arn, arn);
    assert.equal(imageRecipe?.type, 'AMI');
    assert.equal(imageRecipe?.name, 'Web Server');
    assert.equal(imageRecipe?.description, 'The web tier');
    assert.equal(imageRecipe?.platform, 'Linux');
    assert.equal(imageRecipe?.owner, ACCOUNT);
    assert.equal(imageRecipe?.version, '1.0.0');
    assert.equal(imageRecipe?.parentImage, 'ami-0123456789abcdef0');
    assert.deepEqual(imageRecipe?.components?.[0], {
      componentArn: hello,
      parameters: [{ name: 'Packages', value: ['nginx'] }],
    });
    assert.deepEqual(imageRecipe?.blockDeviceMappings, [
      { deviceName: '/dev/xvda', ebs: { volumeSize: 30, volumeType: 'gp3', encrypted: true } },
    ]);
    assert.equal(imageRecipe?.workingDirectory, '/tmp');
    assert.deepEqual(imageRecipe?.additionalInstanceConfiguration, {
      systemsManagerAgent: { uninstallAfterBuild: true },
    });
    assert.deepEqual(imageRecipe?.amiTags, { os: 'al2023' });
    assert.deepEqual(imageRecipe?.tags, { team: 'web' });
    const tags = await builder.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    assert.deepEqual(tags.tags, { team: 'web' });
  });

  it('refuses the same name and version again with ResourceAlreadyExistsException', async () => {
    await builder.send(new CreateImageRecipeCommand(recipeInput('twice', [hello])));
    const error = await rejection(builder.send(new CreateImageRecipeCommand(recipeInput('Twice', [hello]))));
    assert.equal(error.name, 'ResourceAlreadyExistsException');
    assert.equal(
      error.message,
      `The following resource 'ImageRecipe' already exists: '${arnOf('image-recipe', 'twice', '1.0.0')}'.`,
    );
  });

  it('checks what the recipe refers to, and writes nothing when a reference is bad', async () => {
    const before = await recipeRecords(server);
    const missing = await rejection(
      builder.send(
        new CreateImageRecipeCommand(recipeInput('bad-refs', [arnOf('component', 'nothing', '1.0.0/1')])),
      ),
    );
    assert.equal(missing.name, 'InvalidParameterValueException');
    assert.match(missing.message, /components\[0\]\.componentArn.*does not exist/);
    const parameter = await rejection(
      builder.send(
        new CreateImageRecipeCommand(
          recipeInput('bad-refs', [], {
            components: [{ componentArn: hello, parameters: [{ name: 'S3BucketName', value: ['b'] }] }],
          }),
        ),
      ),
    );
    assert.equal(parameter.name, 'InvalidParameterCombinationException');
    assert.equal(
      parameter.message,
      "The value supplied for parameter 'components[0].parameters' is not valid. The following parameters are not defined in the provided component: S3BucketName",
    );
    const badArn = await rejection(
      builder.send(
        new CreateImageRecipeCommand(
          recipeInput('bad-refs', ['arn:aws:imagebuilder:us-east-1:123:component/x']),
        ),
      ),
    );
    assert.equal(badArn.name, 'InvalidParameterValueException');
    const image = await rejection(
      builder.send(
        new CreateImageRecipeCommand(
          recipeInput('bad-refs', [hello], { parentImage: arnOf('image', 'no-image', 'x.x.x') }),
        ),
      ),
    );
    assert.equal(image.name, 'InvalidParameterValueException');
    assert.match(image.message, /parentImage/);
    const version = await rejection(
      builder.send(
        new CreateImageRecipeCommand(recipeInput('bad-refs', [hello], { semanticVersion: '1.0.0.0' })),
      ),
    );
    assert.equal(version.name, 'InvalidVersionNumberException');
    assert.equal(await recipeRecords(server), before);
  });

  it('authorizes imagebuilder:GetComponent on each component the recipe uses', async () => {
    const createOnly = policyText({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:CreateImageRecipe', Resource: '*' }],
    });
    const user = await createUserWithKey(server.iam(), 'recipe-maker', createOnly);
    const client = server.imagebuilder(user.credentials);
    const denied = await rejection(
      client.send(new CreateImageRecipeCommand(recipeInput('by-user', [hello]))),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(
      denied.message,
      `User: ${user.arn} is not authorized to perform: imagebuilder:GetComponent on resource: ${hello} because no identity-based policy allows the imagebuilder:GetComponent action`,
    );
    const both = policyText({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['imagebuilder:CreateImageRecipe', 'imagebuilder:GetComponent'],
          Resource: '*',
        },
      ],
    });
    const able = await createUserWithKey(server.iam(), 'recipe-maker-2', both);
    const created = await server
      .imagebuilder(able.credentials)
      .send(new CreateImageRecipeCommand(recipeInput('by-user', [hello])));
    assert.equal(created.imageRecipeArn, arnOf('image-recipe', 'by-user', '1.0.0'));
  });

  it('lists image recipes with filters and pagination', async () => {
    await builder.send(new CreateImageRecipeCommand(recipeInput('list-one', [hello])));
    await builder.send(
      new CreateImageRecipeCommand(
        recipeInput('list-two', [hello], { parentImage: 'ami-00000000000000002' }),
      ),
    );
    const all = await builder.send(new ListImageRecipesCommand({}));
    const names = (all.imageRecipeSummaryList ?? []).map((r) => r.name);
    assert.ok(names.includes('list-one') && names.includes('list-two'));
    const summary = all.imageRecipeSummaryList?.find((r) => r.name === 'list-one');
    assert.deepEqual(Object.keys(summary ?? {}).sort(), [
      'arn',
      'dateCreated',
      'name',
      'owner',
      'parentImage',
      'platform',
      'tags',
    ]);
    const filtered = await builder.send(
      new ListImageRecipesCommand({ filters: [{ name: 'parentImage', values: ['ami-00000000000000002'] }] }),
    );
    assert.deepEqual(
      filtered.imageRecipeSummaryList?.map((r) => r.name),
      ['list-two'],
    );
    const page = await builder.send(new ListImageRecipesCommand({ maxResults: 1 }));
    assert.equal(page.imageRecipeSummaryList?.length, 1);
    assert.ok(page.nextToken);
  });

  it('refuses to delete a component a recipe uses, and a recipe a pipeline or image uses', async () => {
    const used = await component(builder, 'used-by-recipe');
    await builder.send(
      new CreateImageRecipeCommand(
        recipeInput('uses-latest', [arnOf('component', 'used-by-recipe', 'x.x.x')]),
      ),
    );
    const componentError = await rejection(
      builder.send(new DeleteComponentCommand({ componentBuildVersionArn: used })),
    );
    assert.equal(componentError.name, 'ResourceDependencyException');
    assert.equal(
      componentError.message,
      `Resource dependency error: The resource ARN '${used}' has other resources depended on it.`,
    );
    const recipe = arnOf('image-recipe', 'uses-latest', '1.0.0');
    await storeOther(server, 'image-pipeline', arnOf('image-pipeline', 'web'), { imageRecipeArn: recipe });
    const recipeError = await rejection(
      builder.send(new DeleteImageRecipeCommand({ imageRecipeArn: recipe })),
    );
    assert.equal(recipeError.name, 'ResourceDependencyException');
    await server.ibiam.store.write((tx) =>
      tx.delete('imagebuilder:image-pipeline', ACCOUNT, arnOf('image-pipeline', 'web')),
    );
    await storeOther(server, 'image', arnOf('image', 'uses-latest', '1.0.0/1'), {
      imageRecipe: { arn: recipe },
    });
    const imageError = await rejection(
      builder.send(new DeleteImageRecipeCommand({ imageRecipeArn: recipe })),
    );
    assert.equal(imageError.name, 'ResourceDependencyException');
    await server.ibiam.store.write((tx) =>
      tx.delete('imagebuilder:image', ACCOUNT, arnOf('image', 'uses-latest', '1.0.0/1')),
    );
    const deleted = await builder.send(new DeleteImageRecipeCommand({ imageRecipeArn: recipe }));
    assert.equal(deleted.imageRecipeArn, recipe);
    const gone = await rejection(builder.send(new GetImageRecipeCommand({ imageRecipeArn: recipe })));
    assert.equal(gone.name, 'ResourceNotFoundException');
    const freed = await builder.send(new DeleteComponentCommand({ componentBuildVersionArn: used }));
    assert.equal(freed.componentBuildVersionArn, used);
  });

  it('takes an Image Builder image as the parent image, authorizing imagebuilder:GetImage', async () => {
    const image = arnOf('image', 'golden', '2.0.0/1');
    await storeOther(server, 'image', image, { platform: 'Windows', version: '2.0.0' });
    const created = await builder.send(
      new CreateImageRecipeCommand(
        recipeInput('on-golden', [], { parentImage: arnOf('image', 'golden', 'x.x.x') }),
      ),
    );
    const { imageRecipe } = await builder.send(
      new GetImageRecipeCommand({ imageRecipeArn: created.imageRecipeArn }),
    );
    assert.equal(imageRecipe?.platform, 'Windows', 'the platform comes from the parent image');
    const createOnly = policyText({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:CreateImageRecipe', Resource: '*' }],
    });
    const user = await createUserWithKey(server.iam(), 'image-user', createOnly);
    const denied = await rejection(
      server
        .imagebuilder(user.credentials)
        .send(new CreateImageRecipeCommand(recipeInput('on-golden-2', [], { parentImage: image }))),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(denied.message, /imagebuilder:GetImage on resource: .*image\/golden\/2\.0\.0\/1/);
  });
});

describe('Image Builder container recipes', () => {
  let server: TestServer;
  let builder: ImagebuilderClient;
  let hello: string;
  before(async () => {
    server = await startTestServer();
    builder = server.imagebuilder();
    hello = await component(builder, 'hello');
  });
  after(() => server.stop());

  it('creates a container recipe and reads it back in the ContainerRecipe shape', async () => {
    const created = await builder.send(
      new CreateContainerRecipeCommand(
        containerInput('Api Image', [hello], {
          instanceConfiguration: {
            image: 'ami-0123456789abcdef0',
            blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 8 } }],
          },
          workingDirectory: '/tmp',
          tags: { team: 'api' },
        }),
      ),
    );
    const arn = arnOf('container-recipe', 'api-image', '1.0.0');
    assert.equal(created.containerRecipeArn, arn);
    const { containerRecipe } = await builder.send(
      new GetContainerRecipeCommand({ containerRecipeArn: arn }),
    );
    assert.equal(containerRecipe?.arn, arn);
    assert.equal(containerRecipe?.containerType, 'DOCKER');
    assert.equal(containerRecipe?.name, 'Api Image');
    assert.equal(containerRecipe?.platform, 'Linux');
    assert.equal(containerRecipe?.owner, ACCOUNT);
    assert.equal(containerRecipe?.dockerfileTemplateData, DOCKERFILE);
    assert.equal(containerRecipe?.parentImage, 'amazonlinux:latest');
    assert.deepEqual(containerRecipe?.targetRepository, { service: 'ECR', repositoryName: 'my-repo' });
    assert.deepEqual(containerRecipe?.instanceConfiguration, {
      image: 'ami-0123456789abcdef0',
      blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 8 } }],
    });
    assert.equal(containerRecipe?.encrypted, true);
    assert.deepEqual(containerRecipe?.tags, { team: 'api' });
    const listed = await builder.send(
      new ListContainerRecipesCommand({ filters: [{ name: 'containerType', values: ['DOCKER'] }] }),
    );
    assert.deepEqual(
      listed.containerRecipeSummaryList?.map((r) => [r.arn, r.instanceImage]),
      [[arn, 'ami-0123456789abcdef0']],
    );
  });

  it('needs exactly one of dockerfileTemplateData and dockerfileTemplateUri, and a target repository', async () => {
    const before = await recipeRecords(server);
    const both = await rejection(
      builder.send(
        new CreateContainerRecipeCommand(
          containerInput('dockerfile', [hello], { dockerfileTemplateUri: 's3://b/Dockerfile' }),
        ),
      ),
    );
    assert.equal(both.name, 'InvalidParameterCombinationException', both.message);
    const { dockerfileTemplateData: _unused, ...withoutTemplate } = containerInput('dockerfile', [hello]);
    const neither = await rejection(builder.send(new CreateContainerRecipeCommand(withoutTemplate)));
    assert.equal(neither.name, 'InvalidParameterCombinationException');
    const service = await rejection(
      builder.send(
        new CreateContainerRecipeCommand(
          containerInput('dockerfile', [hello], {
            targetRepository: { service: 'DOCKERHUB' as never, repositoryName: 'r' },
          }),
        ),
      ),
    );
    assert.equal(service.name, 'InvalidParameterValueException');
    assert.equal(await recipeRecords(server), before);
  });

  it('refuses a repeated name and version, and deletion while an image uses the recipe', async () => {
    await builder.send(new CreateContainerRecipeCommand(containerInput('repeat', [hello])));
    const repeated = await rejection(
      builder.send(new CreateContainerRecipeCommand(containerInput('repeat', [hello]))),
    );
    assert.equal(repeated.name, 'ResourceAlreadyExistsException');
    assert.match(repeated.message, /^The following resource 'ContainerRecipe' already exists: /);
    const recipe = arnOf('container-recipe', 'repeat', '1.0.0');
    await storeOther(server, 'image', arnOf('image', 'repeat', '1.0.0/1'), {
      containerRecipe: { arn: recipe },
    });
    const dependency = await rejection(
      builder.send(new DeleteContainerRecipeCommand({ containerRecipeArn: recipe })),
    );
    assert.equal(dependency.name, 'ResourceDependencyException');
    await server.ibiam.store.write((tx) =>
      tx.delete('imagebuilder:image', ACCOUNT, arnOf('image', 'repeat', '1.0.0/1')),
    );
    const deleted = await builder.send(new DeleteContainerRecipeCommand({ containerRecipeArn: recipe }));
    assert.equal(deleted.containerRecipeArn, recipe);
    const missing = await rejection(
      builder.send(new GetContainerRecipeCommand({ containerRecipeArn: recipe })),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
  });
});
