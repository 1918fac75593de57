// Image Builder components, workflows and tags end to end with the AWS SDK: CreateComponent (AWSTOE
// document checks, build numbers, dryRun, clientToken idempotency), ImportComponent, GetComponent with
// wildcard versions, ListComponents and ListComponentBuildVersions, DeleteComponent; the workflow
// operations; TagResource/UntagResource/ListTagsForResource; and the IAM checks they make:
// aws:RequestTag/* and aws:TagKeys on create (plus imagebuilder:TagResource), aws:ResourceTag/* on
// reads, s3:GetObject for a document in S3. Bad input writes nothing.
// Sources: the Image Builder API reference (each operation), the AWSTOE document and action module
// reference, the semantic versioning page, and the Service Authorization Reference for imagebuilder.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateComponentCommand,
  CreateWorkflowCommand,
  DeleteComponentCommand,
  DeleteWorkflowCommand,
  GetComponentCommand,
  GetWorkflowCommand,
  ImportComponentCommand,
  ListComponentBuildVersionsCommand,
  ListComponentsCommand,
  ListTagsForResourceCommand,
  ListWorkflowBuildVersionsCommand,
  ListWorkflowsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CreateComponentCommandInput,
  type ImagebuilderClient,
} from '@aws-sdk/client-imagebuilder';
import { putResource } from '../../src/services/imagebuilder/common/resources.js';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import { createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

const REGION = 'us-east-1';
const componentArn = (name: string, version: string, build?: number) =>
  `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:component/${name}/${version}${build ? `/${build}` : ''}`;

const BUILD_DOC = `name: HelloWorld
description: Says hello.
schemaVersion: 1.0
parameters:
  - Greeting:
      type: string
      default: hello
      description: What to say.
phases:
  - name: build
    steps:
      - name: SayHello
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ Greeting }}"
  - name: validate
    steps:
      - name: Check
        action: ExecuteBash
        inputs:
          commands:
            - test -n "hello"
`;

const TEST_DOC = JSON.stringify({
  schemaVersion: '1.0',
  phases: [
    { name: 'test', steps: [{ name: 'Probe', action: 'ExecuteBash', inputs: { commands: ['true'] } }] },
  ],
});

const WORKFLOW_DOC = `name: build-workflow
schemaVersion: 1.0
parameters:
  - name: waitForAction
    type: boolean
    default: false
steps:
  - name: LaunchBuildInstance
    action: LaunchInstance
    onFailure: Abort
    inputs:
      waitFor: "ssmAgent"
  - name: TerminateBuildInstance
    action: TerminateInstance
    onFailure: Continue
    inputs:
      instanceId.$: "$.stepOutputs.LaunchBuildInstance.instanceId"
`;

const componentInput = (name: string, extra: Partial<CreateComponentCommandInput> = {}) => ({
  name,
  semanticVersion: '1.0.0',
  platform: 'Linux' as const,
  data: BUILD_DOC,
  ...extra,
});

/** Every Image Builder record in the store, as JSON text (equal texts mean nothing was written). */
async function imagebuilderSnapshot(server: TestServer): Promise<string> {
  return server.ibiam.store.read(async (tx) => {
    const content: Record<string, unknown> = {};
    for (const { accountId } of await tx.list('accounts', ''))
      for (const type of ['component', 'workflow/build', 'workflow/test', 'image-recipe', 'client-tokens'])
        content[`${accountId}/${type}`] = await tx.list(`imagebuilder:${type}`, accountId);
    return JSON.stringify(content);
  });
}

describe('Image Builder components', () => {
  let server: TestServer;
  let builder: ImagebuilderClient;
  before(async () => {
    server = await startTestServer();
    builder = server.imagebuilder();
  });
  after(() => server.stop());

  it('creates a component and reads it back in the Component shape', async () => {
    const created = await builder.send(
      new CreateComponentCommand(
        componentInput('Hello World', {
          description: 'Greets',
          supportedOsVersions: ['Amazon Linux 2'],
          tags: { team: 'platform' },
        }),
      ),
    );
    const arn = componentArn('hello-world', '1.0.0', 1);
    assert.equal(created.componentBuildVersionArn, arn);
    assert.ok(created.clientToken, 'the SDK-filled clientToken is echoed');
    assert.ok(created.requestId);
    assert.deepEqual(created.latestVersionReferences, {
      latestVersionArn: componentArn('hello-world', 'x.x.x'),
      latestMajorVersionArn: componentArn('hello-world', '1.x.x'),
      latestMinorVersionArn: componentArn('hello-world', '1.0.x'),
      latestPatchVersionArn: componentArn('hello-world', '1.0.0'),
    });
    const { component } = await builder.send(new GetComponentCommand({ componentBuildVersionArn: arn }));
    assert.equal(component?.arn, arn);
    assert.equal(component?.name, 'Hello World');
    assert.equal(component?.version, '1.0.0');
    assert.equal(component?.description, 'Greets');
    assert.equal(component?.type, 'BUILD');
    assert.equal(component?.platform, 'Linux');
    assert.deepEqual(component?.supportedOsVersions, ['Amazon Linux 2']);
    assert.deepEqual(component?.state, { status: 'ACTIVE' });
    assert.equal(component?.owner, ACCOUNT);
    assert.equal(component?.data, BUILD_DOC);
    assert.equal(component?.encrypted, true);
    assert.deepEqual(component?.tags, { team: 'platform' });
    assert.deepEqual(component?.parameters, [
      { name: 'Greeting', type: 'string', defaultValue: ['hello'], description: 'What to say.' },
    ]);
    assert.ok(!Number.isNaN(Date.parse(component?.dateCreated ?? '')));
  });

  it('gives the same name and version the next build number, and resolves x wildcards to the newest', async () => {
    const first = await builder.send(new CreateComponentCommand(componentInput('builds')));
    const second = await builder.send(new CreateComponentCommand(componentInput('builds')));
    const newer = await builder.send(
      new CreateComponentCommand(componentInput('builds', { semanticVersion: '1.2.0' })),
    );
    assert.equal(first.componentBuildVersionArn, componentArn('builds', '1.0.0', 1));
    assert.equal(second.componentBuildVersionArn, componentArn('builds', '1.0.0', 2));
    assert.equal(newer.componentBuildVersionArn, componentArn('builds', '1.2.0', 1));
    const latest = await builder.send(
      new GetComponentCommand({ componentBuildVersionArn: componentArn('builds', 'x.x.x') }),
    );
    assert.equal(latest.component?.arn, componentArn('builds', '1.2.0', 1));
    const patch = await builder.send(
      new GetComponentCommand({ componentBuildVersionArn: componentArn('builds', '1.0.x') }),
    );
    assert.equal(patch.component?.arn, componentArn('builds', '1.0.0', 2));
    const builds = await builder.send(
      new ListComponentBuildVersionsCommand({ componentVersionArn: componentArn('builds', '1.0.0') }),
    );
    assert.deepEqual(
      builds.componentSummaryList?.map((s) => s.arn),
      [componentArn('builds', '1.0.0', 2), componentArn('builds', '1.0.0', 1)],
    );
    assert.equal(builds.componentSummaryList?.[0]?.type, 'BUILD');
  });

  it('derives type TEST from a document with only a test phase (JSON documents are accepted)', async () => {
    const created = await builder.send(
      new CreateComponentCommand(componentInput('probe', { data: TEST_DOC })),
    );
    const { component } = await builder.send(
      new GetComponentCommand({ componentBuildVersionArn: created.componentBuildVersionArn }),
    );
    assert.equal(component?.type, 'TEST');
  });

  it('rejects bad AWSTOE documents with InvalidParameterValueException naming the problem, writing nothing', async () => {
    const before = await imagebuilderSnapshot(server);
    const cases: [string, RegExp][] = [
      [
        'phases:\n  - name: build\n   steps: []\n',
        /not valid YAML or JSON: Sequence item without - indicator \(line 3, column 1\)/,
      ],
      ['schemaVersion: 1.0\n', /the required field 'phases' is missing/],
      ['phases: []\n', /the required field 'schemaVersion' is missing/],
      ['schemaVersion: 2.0\nphases: []\n', /schemaVersion 2 is not supported; use 1.0/],
      [
        'schemaVersion: 1.0\nphases:\n  - name: biuld\n    steps: []\n',
        /phase 'biuld' is not one of the phases build, validate or test \(line 3, column 11\)/,
      ],
      [
        'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: RunShell\n        inputs: {}\n',
        /parsing step 'A' in phase 'build' failed: 'RunShell' is not a supported action module \(line 6, column 17\)/,
      ],
      [
        'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Download\n        action: S3Download\n        inputs: []\n',
        /parsing step 'Download' in phase 'build' failed: action S3Download has no inputs; it requires 'inputs'/,
      ],
      [
        'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: Reboot\n      - name: A\n        action: Reboot\n',
        /parsing step 'A' in phase 'build' failed: step names must be unique within a phase \(line 7, column 15\)/,
      ],
      [
        'schemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - action: Reboot\n',
        /the name of a step in phase 'build' must be a non-empty string/,
      ],
      [
        'schemaVersion: 1.0\nparameters:\n  - x:\n      type: string\nphases:\n  - name: build\n    steps:\n      - name: A\n        action: Reboot\n',
        /the name 'x' is not valid/,
      ],
    ];
    for (const [data, message] of cases) {
      const error = await rejection(
        builder.send(new CreateComponentCommand(componentInput('bad-doc', { data }))),
      );
      assert.equal(error.name, 'InvalidParameterValueException', data);
      assert.match(error.message, message);
      assert.equal(error.$metadata?.httpStatusCode, 400);
    }
    assert.equal(await imagebuilderSnapshot(server), before);
  });

  it('requires exactly one of data and uri, limits data to 16,000 characters and checks versions', async () => {
    const before = await imagebuilderSnapshot(server);
    const both = await rejection(
      builder.send(new CreateComponentCommand(componentInput('one-of', { uri: 's3://bucket/doc.yaml' }))),
    );
    assert.equal(both.name, 'InvalidParameterCombinationException');
    const neither = await rejection(
      builder.send(
        new CreateComponentCommand({ name: 'one-of', semanticVersion: '1.0.0', platform: 'Linux' }),
      ),
    );
    assert.equal(neither.name, 'InvalidParameterCombinationException');
    const big = `${BUILD_DOC}#${'x'.repeat(16000)}\n`;
    const oversized = await rejection(
      builder.send(new CreateComponentCommand(componentInput('big', { data: big }))),
    );
    assert.equal(oversized.name, 'InvalidParameterValueException');
    assert.match(oversized.message, /between 1 and 16000 characters/);
    const version = await rejection(
      builder.send(new CreateComponentCommand(componentInput('versioned', { semanticVersion: '1.0' }))),
    );
    assert.equal(version.name, 'InvalidVersionNumberException');
    assert.match(version.message, /semanticVersion must match pattern/);
    const tooBig = await rejection(
      builder.send(
        new CreateComponentCommand(componentInput('versioned', { semanticVersion: '1073741824.0.0' })),
      ),
    );
    assert.equal(tooBig.name, 'InvalidVersionNumberException');
    const platform = await rejection(
      builder.send(
        new CreateComponentCommand({ ...componentInput('versioned'), platform: 'Solaris' as never }),
      ),
    );
    assert.equal(platform.name, 'InvalidParameterValueException');
    const name = await rejection(builder.send(new CreateComponentCommand(componentInput('a'))));
    assert.equal(name.name, 'InvalidParameterValueException');
    assert.equal(await imagebuilderSnapshot(server), before);
  });

  it('answers a successful dry run with DryRunOperationException (412) and creates nothing', async () => {
    const before = await imagebuilderSnapshot(server);
    const error = await rejection(
      builder.send(new CreateComponentCommand(componentInput('dry', { dryRun: true }))),
    );
    assert.equal(error.name, 'DryRunOperationException');
    assert.equal(error.$metadata?.httpStatusCode, 412);
    const invalid = await rejection(
      builder.send(new CreateComponentCommand(componentInput('dry', { dryRun: true, data: 'phases: [' }))),
    );
    assert.equal(invalid.name, 'InvalidParameterValueException', 'a dry run still validates the document');
    assert.equal(await imagebuilderSnapshot(server), before);
  });

  it('repeats a request with the same clientToken without creating again, and refuses other parameters', async () => {
    const input = componentInput('idempotent', { clientToken: 'token-1' });
    const first = await builder.send(new CreateComponentCommand(input));
    const again = await builder.send(new CreateComponentCommand(input));
    assert.equal(again.componentBuildVersionArn, first.componentBuildVersionArn);
    const builds = await builder.send(
      new ListComponentBuildVersionsCommand({ componentVersionArn: componentArn('idempotent', '1.0.0') }),
    );
    assert.equal(builds.componentSummaryList?.length, 1);
    const mismatch = await rejection(
      builder.send(new CreateComponentCommand({ ...input, description: 'different' })),
    );
    assert.equal(mismatch.name, 'IdempotentParameterMismatchException');
  });

  it('imports a shell script as a one-step AWSTOE component', async () => {
    const imported = await builder.send(
      new ImportComponentCommand({
        name: 'imported',
        semanticVersion: '2.0.0',
        type: 'TEST',
        format: 'SHELL',
        platform: 'Linux',
        data: 'echo tested',
      }),
    );
    assert.equal(imported.componentBuildVersionArn, componentArn('imported', '2.0.0', 1));
    const { component } = await builder.send(
      new GetComponentCommand({ componentBuildVersionArn: imported.componentBuildVersionArn }),
    );
    assert.equal(component?.type, 'TEST');
    assert.match(component?.data ?? '', /name: test[\s\S]*action: ExecuteBash[\s\S]*echo tested/);
    const badFormat = await rejection(
      builder.send(
        new ImportComponentCommand({
          name: 'imported',
          semanticVersion: '2.0.0',
          type: 'TEST',
          format: 'POWERSHELL' as never,
          platform: 'Linux',
          data: 'echo',
        }),
      ),
    );
    assert.equal(badFormat.name, 'InvalidParameterValueException');
  });

  it('lists one entry per component version, with filters, byName and pagination', async () => {
    await builder.send(new CreateComponentCommand(componentInput('list-a', { semanticVersion: '1.0.0' })));
    await builder.send(new CreateComponentCommand(componentInput('list-a', { semanticVersion: '2.0.0' })));
    await builder.send(new CreateComponentCommand(componentInput('list-b', { platform: 'Windows' })));
    const all = await builder.send(new ListComponentsCommand({}));
    const versions = (all.componentVersionList ?? []).filter((c) => c.name?.startsWith('list-'));
    assert.deepEqual(
      versions.map((v) => v.arn),
      [componentArn('list-a', '2.0.0'), componentArn('list-a', '1.0.0'), componentArn('list-b', '1.0.0')],
    );
    const windows = await builder.send(
      new ListComponentsCommand({ filters: [{ name: 'platform', values: ['Windows'] }] }),
    );
    assert.deepEqual(
      windows.componentVersionList?.map((v) => v.name),
      ['list-b'],
    );
    const named = await builder.send(
      new ListComponentsCommand({ filters: [{ name: 'name', values: ['list-a'] }], byName: true }),
    );
    assert.deepEqual(
      named.componentVersionList?.map((v) => v.version),
      ['2.0.0'],
    );
    const v1 = await builder.send(
      new ListComponentsCommand({
        filters: [
          { name: 'name', values: ['list-a'] },
          { name: 'version', values: ['1.x.x'] },
        ],
      }),
    );
    assert.deepEqual(
      v1.componentVersionList?.map((v) => v.version),
      ['1.0.0'],
    );
    const firstPage = await builder.send(new ListComponentsCommand({ maxResults: 1 }));
    assert.equal(firstPage.componentVersionList?.length, 1);
    assert.ok(firstPage.nextToken);
    const secondPage = await builder.send(
      new ListComponentsCommand({ maxResults: 1, nextToken: firstPage.nextToken }),
    );
    assert.notEqual(secondPage.componentVersionList?.[0]?.arn, firstPage.componentVersionList?.[0]?.arn);
    const badToken = await rejection(builder.send(new ListComponentsCommand({ nextToken: 'not-a-token' })));
    assert.equal(badToken.name, 'InvalidPaginationTokenException');
    const badFilter = await rejection(
      builder.send(new ListComponentsCommand({ filters: [{ name: 'colour', values: ['x'] }] })),
    );
    assert.equal(badFilter.name, 'InvalidParameterValueException');
    const amazon = await builder.send(new ListComponentsCommand({ owner: 'Amazon' }));
    assert.deepEqual(amazon.componentVersionList, []);
  });

  it('answers unknown and malformed component ARNs with ResourceNotFoundException and InvalidParameterValueException', async () => {
    const missing = await rejection(
      builder.send(
        new GetComponentCommand({ componentBuildVersionArn: componentArn('nothing', '1.0.0', 1) }),
      ),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.$metadata?.httpStatusCode, 404);
    const malformed = await rejection(
      builder.send(new GetComponentCommand({ componentBuildVersionArn: 'arn:aws:nope' })),
    );
    assert.equal(malformed.name, 'InvalidParameterValueException');
    assert.match(malformed.message, /'componentBuildVersionArn' must match pattern/);
    const wildcard = await rejection(
      builder.send(new GetComponentCommand({ componentBuildVersionArn: componentArn('builds', 'x.2.x') })),
    );
    assert.equal(wildcard.name, 'InvalidVersionNumberException');
  });

  it('deletes a component build version', async () => {
    const created = await builder.send(new CreateComponentCommand(componentInput('doomed')));
    const deleted = await builder.send(
      new DeleteComponentCommand({ componentBuildVersionArn: created.componentBuildVersionArn }),
    );
    assert.equal(deleted.componentBuildVersionArn, created.componentBuildVersionArn);
    assert.ok(deleted.requestId);
    const gone = await rejection(
      builder.send(new GetComponentCommand({ componentBuildVersionArn: created.componentBuildVersionArn })),
    );
    assert.equal(gone.name, 'ResourceNotFoundException');
    const again = await rejection(
      builder.send(
        new DeleteComponentCommand({ componentBuildVersionArn: created.componentBuildVersionArn }),
      ),
    );
    assert.equal(again.name, 'ResourceNotFoundException');
    const recreated = await builder.send(new CreateComponentCommand(componentInput('doomed')));
    assert.equal(
      recreated.componentBuildVersionArn,
      componentArn('doomed', '1.0.0', 2),
      'build numbers are not reused',
    );
  });
});

describe('Image Builder workflows', () => {
  let server: TestServer;
  let builder: ImagebuilderClient;
  before(async () => {
    server = await startTestServer();
    builder = server.imagebuilder();
  });
  after(() => server.stop());

  const workflowArn = (name: string, version: string, build?: number) =>
    `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:workflow/build/${name}/${version}${build ? `/${build}` : ''}`;

  it('creates, reads, lists and deletes a build workflow', async () => {
    const created = await builder.send(
      new CreateWorkflowCommand({
        name: 'my-build',
        semanticVersion: '1.0.0',
        type: 'BUILD',
        data: WORKFLOW_DOC,
        tags: { a: 'b' },
      }),
    );
    assert.equal(created.workflowBuildVersionArn, workflowArn('my-build', '1.0.0', 1));
    assert.equal(created.latestVersionReferences?.latestVersionArn, workflowArn('my-build', 'x.x.x'));
    const second = await builder.send(
      new CreateWorkflowCommand({
        name: 'my-build',
        semanticVersion: '1.0.0',
        type: 'BUILD',
        data: WORKFLOW_DOC,
      }),
    );
    assert.equal(second.workflowBuildVersionArn, workflowArn('my-build', '1.0.0', 2));
    const { workflow } = await builder.send(
      new GetWorkflowCommand({ workflowBuildVersionArn: workflowArn('my-build', '1.x.x') }),
    );
    assert.equal(workflow?.arn, workflowArn('my-build', '1.0.0', 2));
    assert.equal(workflow?.type, 'BUILD');
    assert.equal(workflow?.owner, ACCOUNT);
    assert.equal(workflow?.data, WORKFLOW_DOC);
    assert.deepEqual(workflow?.parameters, [
      { name: 'waitForAction', type: 'boolean', defaultValue: ['false'] },
    ]);
    const listed = await builder.send(new ListWorkflowsCommand({}));
    assert.deepEqual(
      listed.workflowVersionList?.map((w) => w.arn),
      [workflowArn('my-build', '1.0.0')],
    );
    const builds = await builder.send(
      new ListWorkflowBuildVersionsCommand({ workflowVersionArn: workflowArn('my-build', '1.0.0') }),
    );
    assert.deepEqual(
      builds.workflowSummaryList?.map((w) => w.arn),
      [workflowArn('my-build', '1.0.0', 2), workflowArn('my-build', '1.0.0', 1)],
    );
    const deleted = await builder.send(
      new DeleteWorkflowCommand({ workflowBuildVersionArn: workflowArn('my-build', '1.0.0', 1) }),
    );
    assert.equal(deleted.workflowBuildVersionArn, workflowArn('my-build', '1.0.0', 1));
    const missing = await rejection(
      builder.send(new GetWorkflowCommand({ workflowBuildVersionArn: workflowArn('my-build', '1.0.0', 1) })),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
  });

  it('refuses to delete a workflow an image pipeline uses', async () => {
    const { workflowBuildVersionArn: arn = '' } = await builder.send(
      new CreateWorkflowCommand({
        name: 'piped',
        semanticVersion: '1.0.0',
        type: 'BUILD',
        data: WORKFLOW_DOC,
      }),
    );
    const pipeline = `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:image-pipeline/uses-workflow`;
    await server.ibiam.store.write((tx) =>
      putResource(tx, {
        arn: pipeline,
        account: ACCOUNT,
        region: REGION,
        type: 'image-pipeline',
        name: 'uses-workflow',
        tags: {},
        resource: { arn: pipeline, workflows: [{ workflowArn: workflowArn('piped', 'x.x.x') }] },
      }),
    );
    const error = await rejection(builder.send(new DeleteWorkflowCommand({ workflowBuildVersionArn: arn })));
    assert.equal(error.name, 'ResourceDependencyException');
    assert.equal(
      error.message,
      `Resource dependency error: The resource ARN '${arn}' has other resources depended on it.`,
    );
  });

  it('validates workflow documents and honours dryRun', async () => {
    const bad = await rejection(
      builder.send(
        new CreateWorkflowCommand({
          name: 'bad',
          semanticVersion: '1.0.0',
          type: 'TEST',
          data: 'schemaVersion: 1.0\nsteps:\n  - name: Go\n    action: LaunchRocket\n',
        }),
      ),
    );
    assert.equal(bad.name, 'InvalidParameterValueException');
    assert.match(bad.message, /'LaunchRocket' is not a supported workflow step action \(line 4, column 13\)/);
    const dry = await rejection(
      builder.send(
        new CreateWorkflowCommand({
          name: 'dry',
          semanticVersion: '1.0.0',
          type: 'TEST',
          data: WORKFLOW_DOC,
          dryRun: true,
        }),
      ),
    );
    assert.equal(dry.name, 'DryRunOperationException');
    const badType = await rejection(
      builder.send(
        new CreateWorkflowCommand({
          name: 'dry',
          semanticVersion: '1.0.0',
          type: 'DEPLOY' as never,
          data: WORKFLOW_DOC,
        }),
      ),
    );
    assert.equal(badType.name, 'InvalidParameterValueException');
    const listed = await builder.send(
      new ListWorkflowsCommand({ filters: [{ name: 'name', values: ['dry', 'bad'] }] }),
    );
    assert.deepEqual(listed.workflowVersionList, []);
  });
});

describe('Image Builder tags and tag-based authorization', () => {
  let server: TestServer;
  let builder: ImagebuilderClient;
  before(async () => {
    server = await startTestServer();
    builder = server.imagebuilder();
  });
  after(() => server.stop());

  it('tags, lists and untags a component', async () => {
    const { componentBuildVersionArn: arn } = await builder.send(
      new CreateComponentCommand(componentInput('tagged', { tags: { team: 'platform' } })),
    );
    await builder.send(new TagResourceCommand({ resourceArn: arn, tags: { stage: 'prod', team: 'infra' } }));
    const listed = await builder.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    assert.deepEqual(listed.tags, { team: 'infra', stage: 'prod' });
    await builder.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['team', 'absent'] }));
    const after = await builder.send(new ListTagsForResourceCommand({ resourceArn: arn }));
    assert.deepEqual(after.tags, { stage: 'prod' });
    const { component } = await builder.send(new GetComponentCommand({ componentBuildVersionArn: arn }));
    assert.deepEqual(component?.tags, { stage: 'prod' }, 'GetComponent reports the new tags');
  });

  it('answers InvalidParameterException for a bad ARN or tag and ResourceNotFoundException for a missing resource', async () => {
    const bad = await rejection(
      builder.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:s3:::bucket' })),
    );
    assert.equal(bad.name, 'InvalidParameterException');
    const missing = await rejection(
      builder.send(
        new TagResourceCommand({ resourceArn: componentArn('ghost', '1.0.0', 1), tags: { a: 'b' } }),
      ),
    );
    assert.equal(missing.name, 'ResourceNotFoundException');
    const { componentBuildVersionArn: arn } = await builder.send(
      new CreateComponentCommand(componentInput('tag-rules')),
    );
    const reserved = await rejection(
      builder.send(new TagResourceCommand({ resourceArn: arn, tags: { 'aws:x': 'y' } })),
    );
    assert.equal(reserved.name, 'InvalidParameterException');
  });

  it('allows CreateComponent only with the tag a condition on aws:RequestTag requires', async () => {
    const policy = policyText({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['imagebuilder:CreateComponent', 'imagebuilder:TagResource'],
          Resource: '*',
          Condition: { StringEquals: { 'aws:RequestTag/team': 'platform' } },
        },
      ],
    });
    const user = await createUserWithKey(server.iam(), 'platform-dev', policy);
    const client = server.imagebuilder(user.credentials);
    const allowed = await client.send(
      new CreateComponentCommand(componentInput('team-made', { tags: { team: 'platform' } })),
    );
    assert.equal(allowed.componentBuildVersionArn, componentArn('team-made', '1.0.0', 1));
    const target = componentArn('team-made', '1.0.0', 2);
    const wrongTag = await rejection(
      client.send(new CreateComponentCommand(componentInput('team-made', { tags: { team: 'web' } }))),
    );
    assert.equal(wrongTag.name, 'AccessDeniedException');
    assert.equal(wrongTag.$metadata?.httpStatusCode, 403);
    assert.equal(
      wrongTag.message,
      `User: ${user.arn} is not authorized to perform: imagebuilder:CreateComponent on resource: ${target} because no identity-based policy allows the imagebuilder:CreateComponent action`,
    );
    const untagged = await rejection(client.send(new CreateComponentCommand(componentInput('team-made'))));
    assert.equal(untagged.name, 'AccessDeniedException');
  });

  it('also requires imagebuilder:TagResource to create with tags', async () => {
    const policy = policyText({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:CreateComponent', Resource: '*' }],
    });
    const user = await createUserWithKey(server.iam(), 'no-tagging', policy);
    const client = server.imagebuilder(user.credentials);
    await client.send(new CreateComponentCommand(componentInput('plain-made')));
    const tagged = await rejection(
      client.send(new CreateComponentCommand(componentInput('plain-made', { tags: { a: 'b' } }))),
    );
    assert.equal(tagged.name, 'AccessDeniedException');
    assert.match(tagged.message, /imagebuilder:TagResource on resource: .*component\/plain-made\/1\.0\.0\/2/);
  });

  it('authorizes reads by aws:ResourceTag', async () => {
    const platform = await builder.send(
      new CreateComponentCommand(componentInput('rt-platform', { tags: { team: 'platform' } })),
    );
    const web = await builder.send(
      new CreateComponentCommand(componentInput('rt-web', { tags: { team: 'web' } })),
    );
    const policy = policyText({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'imagebuilder:GetComponent',
          Resource: '*',
          Condition: { StringEquals: { 'aws:ResourceTag/team': 'platform' } },
        },
      ],
    });
    const user = await createUserWithKey(server.iam(), 'platform-reader', policy);
    const client = server.imagebuilder(user.credentials);
    const read = await client.send(
      new GetComponentCommand({ componentBuildVersionArn: platform.componentBuildVersionArn }),
    );
    assert.equal(read.component?.name, 'rt-platform');
    const denied = await rejection(
      client.send(new GetComponentCommand({ componentBuildVersionArn: web.componentBuildVersionArn })),
    );
    assert.equal(denied.name, 'AccessDeniedException');
  });

  it('needs s3:GetObject on the document object for a component given by uri', async () => {
    const policy = policyText({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:CreateComponent', Resource: '*' }],
    });
    const user = await createUserWithKey(server.iam(), 'no-s3', policy);
    const client = server.imagebuilder(user.credentials);
    const input = {
      name: 'from-s3',
      semanticVersion: '1.0.0',
      platform: 'Linux' as const,
      uri: 's3://my-bucket/docs/hello.yaml',
    };
    const denied = await rejection(client.send(new CreateComponentCommand(input)));
    assert.equal(denied.name, 'AccessDeniedException');
    assert.match(denied.message, /s3:GetObject on resource: arn:aws:s3:::my-bucket\/docs\/hello\.yaml/);
    const created = await builder.send(new CreateComponentCommand(input));
    assert.equal(created.componentBuildVersionArn, componentArn('from-s3', '1.0.0', 1));
  });
});
