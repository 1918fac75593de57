// Simulated builds and lifecycle runs with two nodes on one PostgreSQL store: each build is run by exactly
// one node (every image state is reached once, by the node holding the build's lease), a node that stops
// hands its builds over at once, a node that is killed loses them once its leases expire and another node
// finishes them from the stored state, and a lifecycle policy run happens once.
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-image-states.html
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-image-lifecycles.html
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AttachRolePolicyCommand, CreateRoleCommand } from '@aws-sdk/client-iam';
import {
  CreateImageCommand,
  CreateLifecyclePolicyCommand,
  ImagebuilderClient,
  ListLifecycleExecutionsCommand,
} from '@aws-sdk/client-imagebuilder';
import { IAMClient } from '@aws-sdk/client-iam';
import { buildLeaseMs } from '../../src/services/imagebuilder/builds/build-runner.js';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../src/store/conformance/postgres-test-database.js';
import {
  infrastructure,
  instanceProfileRole,
  recipe,
  waitForImage,
} from '../e2e/support/imagebuilder-build-setup.js';
import { LIFECYCLE_EXECUTION_TRUST_POLICY, MANAGED } from '../e2e/support/seed-documents.js';
import { ACCOUNT, REGION, ROOT, startCluster, startNode, type Cluster, type Node } from './cluster.js';
import { startServeProcess } from './serve-process.js';

/** The image states each node logged for the image, in order. */
const statesBy = (events: readonly Record<string, unknown>[], image: string): string[] =>
  events.filter((e) => e['event'] === 'image-build' && e['image'] === image).map((e) => String(e['status']));

/** The build set-up of the seed documents, through one node; returns a function that starts a build. */
async function buildSetup(iam: IAMClient, ib: ImagebuilderClient, name: string) {
  await instanceProfileRole(iam, `${name}-role`);
  const recipeArn = await recipe(ib, `${name}-recipe`);
  const infraArn = await infrastructure(ib, `${name}-infra`, `${name}-role`);
  return async (client: ImagebuilderClient = ib) =>
    (
      await client.send(
        new CreateImageCommand({ imageRecipeArn: recipeArn, infrastructureConfigurationArn: infraArn }),
      )
    ).imageBuildVersionArn ?? '';
}

describeWithPostgres('two nodes on one PostgreSQL store: builds and lifecycle runs', (adminUrl) => {
  describe('while both nodes run', () => {
    let cluster: Cluster;
    let a: Node;
    let b: Node;
    let build: (client?: ImagebuilderClient) => Promise<string>;

    before(async () => {
      cluster = await startCluster(adminUrl, 2, { buildStepMs: 20 });
      [a, b] = cluster.nodes as [Node, Node];
      build = await buildSetup(a.iam(), a.imagebuilder(), 'shared');
    });
    after(() => cluster.stop());

    it('runs each build on exactly one node, reaching each state once', async () => {
      const images = await Promise.all([0, 1, 2, 3].map((i) => build((i % 2 ? b : a).imagebuilder())));
      for (const arn of images) {
        const image = await waitForImage(a.imagebuilder(), arn);
        assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
        const onA = statesBy(a.events, arn);
        const onB = statesBy(b.events, arn);
        assert.ok(onA.length === 0 || onB.length === 0, `both nodes ran ${arn}: ${onA} / ${onB}`);
        const states = [...onA, ...onB];
        assert.equal(new Set(states).size, states.length, `a state was reached twice: ${states}`);
        assert.equal(states.at(-1), 'AVAILABLE');
      }
    });

    it('runs a lifecycle policy once, whichever node finds it due', async () => {
      const iam = a.iam();
      await iam.send(
        new CreateRoleCommand({
          RoleName: 'LifecycleRole',
          AssumeRolePolicyDocument: LIFECYCLE_EXECUTION_TRUST_POLICY,
        }),
      );
      await iam.send(
        new AttachRolePolicyCommand({ RoleName: 'LifecycleRole', PolicyArn: MANAGED.lifecycleExecution }),
      );
      for (let i = 0; i < 2; i++) await waitForImage(a.imagebuilder(), await build());
      const created = await b.imagebuilder().send(
        new CreateLifecyclePolicyCommand({
          name: 'keep-one',
          executionRole: 'LifecycleRole',
          resourceType: 'AMI_IMAGE',
          policyDetails: [{ action: { type: 'DEPRECATE' }, filter: { type: 'COUNT', value: 1 } }],
          resourceSelection: { recipes: [{ name: 'shared-recipe', semanticVersion: '1.x.x' }] },
        }),
      );
      const arn = created.lifecyclePolicyArn ?? '';
      assert.equal(arn, `arn:aws:imagebuilder:${REGION}:${ACCOUNT}:lifecycle-policy/keep-one`);
      const deadline = Date.now() + 10_000;
      let runs = 0;
      while (runs === 0 && Date.now() < deadline) {
        runs =
          (await a.imagebuilder().send(new ListLifecycleExecutionsCommand({ resourceArn: arn })))
            .lifecycleExecutions?.length ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Both nodes keep checking the (now run) policy for a while: it must not run again.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const executions = (
        await b.imagebuilder().send(new ListLifecycleExecutionsCommand({ resourceArn: arn }))
      ).lifecycleExecutions;
      assert.equal(executions?.length, 1);
    });

    it('hands the builds of a node that stops over to the other node', async () => {
      const slow = await startNode('slow-c', cluster.database.url, { buildStepMs: 150 });
      const other = await startNode('slow-d', cluster.database.url, { buildStepMs: 150 });
      try {
        // a and b are fast; stop them so that the two slow nodes share the next build.
        await a.stop();
        await b.stop();
        const arn = await build(slow.imagebuilder());
        let owner: Node | undefined;
        const deadline = Date.now() + 10_000;
        while (!owner && Date.now() < deadline) {
          owner = [slow, other].find((node) => statesBy(node.events, arn).length > 0);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        assert.ok(owner, 'no node started the build');
        const successor = owner === slow ? other : slow;
        await owner.stop();
        const image = await waitForImage(successor.imagebuilder(), arn);
        assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
        const states = [...statesBy(owner.events, arn), ...statesBy(successor.events, arn)];
        assert.ok(statesBy(successor.events, arn).length > 0, 'the other node did not take the build over');
        assert.equal(new Set(states).size, states.length, `a state was reached twice: ${states}`);
      } finally {
        await slow.stop();
        await other.stop();
      }
    });
  });

  describe('when the node running a build is killed', () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(adminUrl, 'ibiam_nodes');
    });
    after(() => database.drop());

    it('another node finishes it once the lease has expired, from the stored state', async () => {
      const stepMs = 400;
      const doomed = await startServeProcess(database.url, ['--quiet', '--build-step-ms', String(stepMs)]);
      let survivor: Node | undefined;
      try {
        const config = { endpoint: doomed.url, region: REGION, credentials: ROOT, maxAttempts: 1 };
        const ib = new ImagebuilderClient(config);
        const build = await buildSetup(new IAMClient(config), ib, 'crash');
        const arn = await build();
        await waitForImage(ib, arn, (image) => image.state?.status === 'BUILDING');
        survivor = await startNode('survivor', database.url, { buildStepMs: stepMs });
        // The doomed node holds the build's lease: the survivor leaves the build alone.
        await new Promise((resolve) => setTimeout(resolve, stepMs));
        assert.deepEqual(statesBy(survivor.events, arn), []);
        await doomed.kill();
        const killedAt = Date.now();
        const status = (await waitForImage(survivor.imagebuilder(), arn, () => true)).state?.status;
        assert.ok(status !== 'AVAILABLE', 'the build ended before its node was killed: nothing to take over');
        const image = await waitForImage(survivor.imagebuilder(), arn, undefined, 30_000);
        assert.equal(image.state?.status, 'AVAILABLE', image.state?.reason);
        // Taken over once the lease had expired (it was renewed at most a step before the kill), not before.
        const first = survivor.events.find((e) => e['event'] === 'image-build' && e['image'] === arn);
        const tookMs = Number(first?.['at']) - killedAt;
        assert.ok(tookMs >= buildLeaseMs(stepMs) - 2 * stepMs, `taken over after ${tookMs} ms`);
        assert.ok(tookMs < buildLeaseMs(stepMs) + 5_000, `taken over after ${tookMs} ms`);
        const resumed = statesBy(survivor.events, arn);
        assert.ok(resumed.length > 0 && !resumed.includes('BUILDING'), `the survivor ran ${resumed}`);
      } finally {
        await doomed.kill();
        await survivor?.stop();
      }
    });
  });
});
