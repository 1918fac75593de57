// Sharing Image Builder components, images and recipes with other accounts by resource policy
// (PutComponentPolicy and its siblings), end to end with the AWS SDK: the policy is validated as an
// Image Builder sharing policy and stored; another account can then read the resource, list it with
// owner Shared, and use a shared component or image in its own recipes — only when both its identity
// policies and the owner's resource policy allow (the cross-account evaluation rule), and never to
// change the resource. Bad policies are InvalidParameterValueException and change nothing.
// Sources: the Image Builder user guide "Share Image Builder resources" (policy examples granting
// imagebuilder:GetComponent and imagebuilder:ListComponents to an account), the Put*/Get*Policy API
// reference, and the IAM user guide's cross-account policy evaluation logic.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateComponentCommand,
  CreateContainerRecipeCommand,
  CreateImageRecipeCommand,
  DeleteComponentCommand,
  GetComponentCommand,
  GetComponentPolicyCommand,
  GetContainerRecipeCommand,
  GetContainerRecipePolicyCommand,
  GetImagePolicyCommand,
  GetImageRecipeCommand,
  GetImageRecipePolicyCommand,
  ListComponentsCommand,
  ListContainerRecipesCommand,
  ListImageRecipesCommand,
  PutComponentPolicyCommand,
  PutContainerRecipePolicyCommand,
  PutImagePolicyCommand,
  PutImageRecipePolicyCommand,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { putResource } from '../../src/services/imagebuilder/common/resources.js';
import { ACCOUNT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { createUserWithKey, policyText, rejection, type UserWithKey } from './support/iam-helpers.js';

const REGION = 'us-east-1';
const B = '111122223333';
const C = '444455556666';
const arnOf = (type: string, name: string, version: string) =>
  `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:${type}/${name}/${version}`;

const DOC = `schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Hello
        action: ExecuteBash
        inputs:
          commands: ["echo hello"]
`;

/** The documented sharing policy: the account may Get and List the resource. */
const sharing = (resource: string, actions: string[], principal: unknown = { AWS: [B] }) =>
  policyText({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: actions, Resource: [resource] }],
  });

const IB_USER_POLICY = policyText({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' }],
});

async function componentRecords(server: TestServer): Promise<string> {
  return server.ibiam.store.read(async (tx) =>
    JSON.stringify(await tx.list('imagebuilder:component', ACCOUNT)),
  );
}

describe('sharing Image Builder resources across accounts', () => {
  let server: TestServer;
  let owner: ImagebuilderClient;
  let bRoot: Credentials;
  let bUser: UserWithKey;
  let bBuilder: ImagebuilderClient;
  let shared: string;
  let unshared: string;
  before(async () => {
    server = await startTestServer();
    owner = server.imagebuilder();
    bRoot = await server.createAccount(B);
    await server.createAccount(C);
    bUser = await createUserWithKey(server.iam(bRoot), 'builder', IB_USER_POLICY);
    bBuilder = server.imagebuilder(bUser.credentials);
    const made = await owner.send(
      new CreateComponentCommand({
        name: 'shared-tool',
        semanticVersion: '1.0.0',
        platform: 'Linux',
        data: DOC,
      }),
    );
    shared = made.componentBuildVersionArn ?? '';
    const other = await owner.send(
      new CreateComponentCommand({
        name: 'private-tool',
        semanticVersion: '1.0.0',
        platform: 'Linux',
        data: DOC,
      }),
    );
    unshared = other.componentBuildVersionArn ?? '';
  });
  after(() => server.stop());

  it('denies another account a component that no resource policy shares', async () => {
    const denied = await rejection(
      bBuilder.send(new GetComponentCommand({ componentBuildVersionArn: unshared })),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    assert.equal(
      denied.message,
      `User: ${bUser.arn} is not authorized to perform: imagebuilder:GetComponent on resource: ${unshared} because no resource-based policy allows the imagebuilder:GetComponent action`,
    );
    const recipe = await rejection(
      bBuilder.send(
        new CreateImageRecipeCommand({
          name: 'uses-private',
          semanticVersion: '1.0.0',
          parentImage: 'ami-0123456789abcdef0',
          components: [{ componentArn: unshared }],
        }),
      ),
    );
    assert.equal(recipe.name, 'AccessDeniedException');
  });

  it('stores and returns a component policy', async () => {
    const policy = sharing(shared, ['imagebuilder:GetComponent', 'imagebuilder:ListComponents']);
    const put = await owner.send(new PutComponentPolicyCommand({ componentArn: shared, policy }));
    assert.equal(put.componentArn, shared);
    assert.ok(put.requestId);
    const read = await owner.send(new GetComponentPolicyCommand({ componentArn: shared }));
    assert.equal(read.policy, policy);
    const none = await rejection(owner.send(new GetComponentPolicyCommand({ componentArn: unshared })));
    assert.equal(none.name, 'ResourceNotFoundException');
  });

  it('lets the other account read, list and use the shared component when its own policies allow', async () => {
    const { component } = await bBuilder.send(new GetComponentCommand({ componentBuildVersionArn: shared }));
    assert.equal(component?.owner, ACCOUNT);
    assert.equal(component?.name, 'shared-tool');
    const listed = await bBuilder.send(new ListComponentsCommand({ owner: 'Shared' }));
    assert.deepEqual(
      listed.componentVersionList?.map((c) => c.arn),
      [arnOf('component', 'shared-tool', '1.0.0')],
    );
    const own = await bBuilder.send(new ListComponentsCommand({}));
    assert.deepEqual(own.componentVersionList, [], 'owner Self lists only the account’s own components');
    const recipe = await bBuilder.send(
      new CreateImageRecipeCommand({
        name: 'uses-shared',
        semanticVersion: '1.0.0',
        parentImage: 'ami-0123456789abcdef0',
        components: [{ componentArn: shared }],
      }),
    );
    assert.equal(recipe.imageRecipeArn, `arn:aws:imagebuilder:${REGION}:${B}:image-recipe/uses-shared/1.0.0`);
    const { imageRecipe } = await bBuilder.send(
      new GetImageRecipeCommand({ imageRecipeArn: recipe.imageRecipeArn }),
    );
    assert.equal(imageRecipe?.components?.[0]?.componentArn, shared);
  });

  it('still needs the identity policy of the other account', async () => {
    const noGet = policyText({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:CreateImageRecipe', Resource: '*' }],
    });
    const limited = await createUserWithKey(server.iam(bRoot), 'recipes-only', noGet);
    const client = server.imagebuilder(limited.credentials);
    const read = await rejection(client.send(new GetComponentCommand({ componentBuildVersionArn: shared })));
    assert.equal(read.name, 'AccessDeniedException');
    assert.match(
      read.message,
      /because no identity-based policy allows the imagebuilder:GetComponent action$/,
    );
    const recipe = await rejection(
      client.send(
        new CreateImageRecipeCommand({
          name: 'limited',
          semanticVersion: '1.0.0',
          parentImage: 'ami-0123456789abcdef0',
          components: [{ componentArn: shared }],
        }),
      ),
    );
    assert.equal(recipe.name, 'AccessDeniedException');
    assert.match(recipe.message, /imagebuilder:GetComponent/);
  });

  it('shares only with the accounts the policy names, and never grants changes', async () => {
    const cRoot = await server.createAccount('777788889999');
    const cBuilder = server.imagebuilder(cRoot);
    const denied = await rejection(
      cBuilder.send(new GetComponentCommand({ componentBuildVersionArn: shared })),
    );
    assert.equal(denied.name, 'AccessDeniedException');
    const cList = await cBuilder.send(new ListComponentsCommand({ owner: 'Shared' }));
    assert.deepEqual(cList.componentVersionList, []);
    const deletion = await rejection(
      bBuilder.send(new DeleteComponentCommand({ componentBuildVersionArn: shared })),
    );
    assert.equal(deletion.name, 'AccessDeniedException');
    const repolicy = await rejection(
      bBuilder.send(
        new PutComponentPolicyCommand({
          componentArn: shared,
          policy: sharing(shared, ['imagebuilder:GetComponent']),
        }),
      ),
    );
    assert.equal(repolicy.name, 'AccessDeniedException');
  });

  it('refuses policies Image Builder sharing cannot express, changing nothing', async () => {
    const before = await componentRecords(server);
    const cases: [string, RegExp][] = [
      ['{"Version": "2012-10-17", "Statement": [', /The policy is not valid: /],
      [
        sharing(unshared, ['imagebuilder:DeleteComponent']),
        /may only grant imagebuilder:GetComponent and imagebuilder:ListComponents/,
      ],
      [sharing(unshared, ['imagebuilder:GetComponent'], '*'), /must name AWS accounts as principals/],
      [
        sharing(unshared, ['imagebuilder:GetComponent'], { Service: 'ec2.amazonaws.com' }),
        /must name AWS accounts as principals/,
      ],
      [sharing(shared, ['imagebuilder:GetComponent']), /may only name/],
      [
        policyText({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Deny',
              Principal: { AWS: [C] },
              Action: ['imagebuilder:GetComponent'],
              Resource: [unshared],
            },
          ],
        }),
        /may only Allow/,
      ],
      [
        policyText({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'imagebuilder:GetComponent', Resource: unshared }],
        }),
        /The policy is not valid: /,
      ],
    ];
    for (const [policy, message] of cases) {
      const error = await rejection(
        owner.send(new PutComponentPolicyCommand({ componentArn: unshared, policy })),
      );
      assert.equal(error.name, 'InvalidParameterValueException', policy);
      assert.match(error.message, message);
    }
    const missing = await rejection(
      owner.send(
        new PutComponentPolicyCommand({
          componentArn: arnOf('component', 'absent', '1.0.0/1'),
          policy: sharing(arnOf('component', 'absent', '1.0.0/1'), ['imagebuilder:GetComponent']),
        }),
      ),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
    const versionArn = await rejection(
      owner.send(
        new PutComponentPolicyCommand({
          componentArn: arnOf('component', 'private-tool', '1.0.0'),
          policy: sharing(unshared, ['imagebuilder:GetComponent']),
        }),
      ),
    );
    assert.equal(versionArn.name, 'InvalidParameterValueException');
    assert.equal(await componentRecords(server), before);
  });

  it('shares image recipes and container recipes the same way', async () => {
    const recipe = await owner.send(
      new CreateImageRecipeCommand({
        name: 'base-recipe',
        semanticVersion: '1.0.0',
        parentImage: 'ami-0123456789abcdef0',
        components: [{ componentArn: shared }],
      }),
    );
    const recipeArn = recipe.imageRecipeArn ?? '';
    const before = await rejection(bBuilder.send(new GetImageRecipeCommand({ imageRecipeArn: recipeArn })));
    assert.equal(before.name, 'AccessDeniedException');
    const policy = sharing(recipeArn, ['imagebuilder:GetImageRecipe', 'imagebuilder:ListImageRecipes']);
    await owner.send(new PutImageRecipePolicyCommand({ imageRecipeArn: recipeArn, policy }));
    assert.equal(
      (await owner.send(new GetImageRecipePolicyCommand({ imageRecipeArn: recipeArn }))).policy,
      policy,
    );
    const { imageRecipe } = await bBuilder.send(new GetImageRecipeCommand({ imageRecipeArn: recipeArn }));
    assert.equal(imageRecipe?.owner, ACCOUNT);
    const listed = await bBuilder.send(new ListImageRecipesCommand({ owner: 'Shared' }));
    assert.deepEqual(
      listed.imageRecipeSummaryList?.map((r) => r.arn),
      [recipeArn],
    );
    const wrongActions = await rejection(
      owner.send(
        new PutImageRecipePolicyCommand({
          imageRecipeArn: recipeArn,
          policy: sharing(recipeArn, ['imagebuilder:GetComponent']),
        }),
      ),
    );
    assert.equal(wrongActions.name, 'InvalidParameterValueException');

    const container = await owner.send(
      new CreateContainerRecipeCommand({
        containerType: 'DOCKER',
        name: 'base-container',
        semanticVersion: '1.0.0',
        parentImage: 'amazonlinux:latest',
        components: [{ componentArn: shared }],
        dockerfileTemplateData: 'FROM {{{ imagebuilder:parentImage }}}\n{{{ imagebuilder:components }}}',
        targetRepository: { service: 'ECR', repositoryName: 'repo' },
      }),
    );
    const containerArn = container.containerRecipeArn ?? '';
    const containerPolicy = sharing(containerArn, [
      'imagebuilder:GetContainerRecipe',
      'imagebuilder:ListContainerRecipes',
    ]);
    await owner.send(
      new PutContainerRecipePolicyCommand({ containerRecipeArn: containerArn, policy: containerPolicy }),
    );
    const fetched = await owner.send(
      new GetContainerRecipePolicyCommand({ containerRecipeArn: containerArn }),
    );
    assert.equal(fetched.policy, containerPolicy);
    const { containerRecipe } = await bBuilder.send(
      new GetContainerRecipeCommand({ containerRecipeArn: containerArn }),
    );
    assert.equal(containerRecipe?.name, 'base-container');
    const containers = await bBuilder.send(new ListContainerRecipesCommand({ owner: 'Shared' }));
    assert.deepEqual(
      containers.containerRecipeSummaryList?.map((r) => r.arn),
      [containerArn],
    );
  });

  it('shares an image so that another account can build on it', async () => {
    const image = arnOf('image', 'golden', '1.0.0/1');
    await server.ibiam.store.write((tx) =>
      putResource(tx, {
        arn: image,
        account: ACCOUNT,
        region: REGION,
        type: 'image',
        name: 'golden',
        version: '1.0.0',
        build: 1,
        tags: {},
        resource: { arn: image, name: 'golden', version: '1.0.0/1', platform: 'Linux' },
      }),
    );
    const recipe = () =>
      bBuilder.send(
        new CreateImageRecipeCommand({
          name: 'on-shared-image',
          semanticVersion: '1.0.0',
          parentImage: image,
          components: [{ componentArn: shared }],
        }),
      );
    const denied = await rejection(recipe());
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(
      denied.message,
      /imagebuilder:GetImage on resource: .*image\/golden\/1\.0\.0\/1 because no resource-based policy allows/,
    );
    const policy = sharing(image, ['imagebuilder:GetImage', 'imagebuilder:ListImages']);
    const put = await owner.send(new PutImagePolicyCommand({ imageArn: image, policy }));
    assert.equal(put.imageArn, image);
    assert.equal((await owner.send(new GetImagePolicyCommand({ imageArn: image }))).policy, policy);
    const created = await recipe();
    assert.equal(
      created.imageRecipeArn,
      `arn:aws:imagebuilder:${REGION}:${B}:image-recipe/on-shared-image/1.0.0`,
    );
  });
});
