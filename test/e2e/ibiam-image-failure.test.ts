// ibiam's GetImageFailure (GET /_ibiam/api/image-failure): for an image whose simulated build IAM refused,
// the refused request as data (step, principal, role, action, resource); nothing more for an image that
// built; and GetImage / ListImages answer exactly what they answered before (the refusal is kept outside
// the image's API shape). The failing set-up is an instance profile role without
// AmazonSSMManagedInstanceCore, whose Systems Manager calls (ssm:UpdateInstanceInformation, made by the
// SSM agent as the instance profile role's session on the build instance) are then refused:
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
// https://docs.aws.amazon.com/systems-manager/latest/userguide/setup-instance-permissions.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateRoleCommand } from '@aws-sdk/client-iam';
import { CreateImageCommand, type ImagebuilderClient } from '@aws-sdk/client-imagebuilder';
import { getImageFailure } from '../../src/services/ibiam/operations/get-image-failure.js';
import { getImage } from '../../src/services/imagebuilder/operations/images/get-image.js';
import { listImages } from '../../src/services/imagebuilder/operations/images/list-images.js';
import { ACCOUNT, ROOT } from './harness.js';
import { createUserWithKey, allowPolicy } from './support/iam-helpers.js';
import { InProcessApi } from './support/ibiam-in-process.js';
import {
  infrastructure,
  instanceProfileRole,
  recipe,
  startBuildServer,
  waitForImage,
  type BuildServer,
} from './support/imagebuilder-build-setup.js';
import { distributionCrossAccountTrustPolicy, MANAGED } from './support/seed-documents.js';

/** An image built with an instance profile role holding `policies`; returns its build version ARN. */
async function build(server: BuildServer, name: string, policies: readonly string[]): Promise<string> {
  const ib = server.imagebuilder();
  await instanceProfileRole(server.iam(), name, policies);
  const created = await ib.send(
    new CreateImageCommand({
      imageRecipeArn: await recipe(ib, name.toLowerCase()),
      infrastructureConfigurationArn: await infrastructure(ib, name, name),
    }),
  );
  return created.imageBuildVersionArn ?? '';
}

describe('ibiam GetImageFailure', () => {
  let server: BuildServer;
  let ib: ImagebuilderClient;
  let api: InProcessApi;
  let failed: string;
  let built: string;

  before(async () => {
    server = await startBuildServer();
    ib = server.imagebuilder();
    api = new InProcessApi(server.ibiam.store);
    failed = await build(server, 'NoSsmPolicy', [MANAGED.instanceProfileForImageBuilder]);
    built = await build(server, 'FullSetup', [
      MANAGED.instanceProfileForImageBuilder,
      MANAGED.ssmManagedInstanceCore,
    ]);
    assert.equal((await waitForImage(ib, failed)).state?.status, 'FAILED');
    assert.equal((await waitForImage(ib, built)).state?.status, 'AVAILABLE');
  });
  after(() => server.stop());

  it('answers the refused request of a build that IAM refused', async () => {
    const answer = await api.call(getImageFailure, ROOT, { imageBuildVersionArn: failed });
    assert.ok(answer.ok, JSON.stringify(answer));
    const body = answer.body as {
      status: string;
      reason: string;
      failure: { step: string; principalArn: string; roleArn: string; action: string; resource: string };
    };
    assert.equal(body.status, 'FAILED');
    const image = (await api.call(getImage, ROOT, { imageBuildVersionArn: failed })) as {
      ok: true;
      body: { image: { state: { reason: string } } };
    };
    assert.equal(body.reason, image.body.image.state.reason);
    assert.equal(body.failure.step, 'ApplyBuildComponents');
    assert.match(
      body.failure.principalArn,
      new RegExp(`^arn:aws:sts::${ACCOUNT}:assumed-role/NoSsmPolicy/i-[0-9a-f]{17}$`),
    );
    assert.equal(body.failure.roleArn, `arn:aws:iam::${ACCOUNT}:role/NoSsmPolicy`);
    assert.equal(body.failure.action, 'ssm:UpdateInstanceInformation');
    assert.match(
      body.failure.resource,
      new RegExp(`^arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-[0-9a-f]{17}$`),
    );
    // The session name is the build instance's id, so the session is on the instance it acts on.
    assert.equal(body.failure.principalArn.split('/').pop(), body.failure.resource.split('/').pop());
    assert.deepEqual(Object.keys(body), ['status', 'reason', 'failure']);
  });

  it("answers a service principal's refused request with its condition keys, without a role", async () => {
    // The execution role (the role Image Builder assumes to run the workflows:
    // https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html) trusts the
    // account, not Image Builder: imagebuilder.amazonaws.com may not assume it.
    await server.iam().send(
      new CreateRoleCommand({
        RoleName: 'NotForImageBuilder',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(ACCOUNT),
      }),
    );
    const created = await ib.send(
      new CreateImageCommand({
        imageRecipeArn: await recipe(ib, 'with-execution-role'),
        infrastructureConfigurationArn: await infrastructure(ib, 'WithExecutionRole', 'FullSetup'),
        executionRole: 'NotForImageBuilder',
      }),
    );
    const arn = created.imageBuildVersionArn ?? '';
    assert.equal((await waitForImage(ib, arn)).state?.status, 'FAILED');
    const answer = await api.call(getImageFailure, ROOT, { imageBuildVersionArn: arn });
    assert.ok(answer.ok);
    assert.deepEqual((answer.body as { failure: unknown }).failure, {
      step: 'PENDING',
      principalArn: 'imagebuilder.amazonaws.com',
      action: 'sts:AssumeRole',
      resource: `arn:aws:iam::${ACCOUNT}:role/NotForImageBuilder`,
      context: { 'aws:SourceAccount': [ACCOUNT], 'aws:SourceArn': [arn] },
    });
  });

  it('answers no failure for an image that built', async () => {
    const answer = await api.call(getImageFailure, ROOT, { imageBuildVersionArn: built });
    assert.ok(answer.ok);
    assert.deepEqual(answer.body, { status: 'AVAILABLE' });
  });

  it('leaves GetImage and ListImages as they were: the refusal is in no Image Builder answer', async () => {
    const got = await api.call(getImage, ROOT, { imageBuildVersionArn: failed });
    const listed = await api.call(listImages, ROOT);
    assert.ok(got.ok && listed.ok);
    for (const text of [JSON.stringify(got.body), JSON.stringify(listed.body)]) {
      assert.doesNotMatch(text, /buildFailure|principalArn|UpdateInstanceInformation"/);
    }
    const image = (got.body as { image: Record<string, unknown> }).image;
    assert.deepEqual(Object.keys(image.state as object), ['status', 'reason']);
  });

  it('is authorized like GetImage', async () => {
    const stranger = await createUserWithKey(
      server.iam(),
      'stranger',
      allowPolicy('imagebuilder:ListImages'),
    );
    const denied = await api.call(getImageFailure, stranger.credentials, { imageBuildVersionArn: failed });
    assert.equal(!denied.ok && denied.code, 'AccessDeniedException');
    assert.match(
      !denied.ok ? denied.message : '',
      /imagebuilder:GetImage on resource: arn:aws:imagebuilder:/,
    );
    const reader = await createUserWithKey(
      server.iam(),
      'reader',
      allowPolicy('imagebuilder:GetImage', failed),
    );
    assert.ok((await api.call(getImageFailure, reader.credentials, { imageBuildVersionArn: failed })).ok);
  });

  it('answers ValidationException without an ARN, ResourceNotFoundException for an unknown image', async () => {
    const missing = await api.call(getImageFailure, ROOT);
    assert.equal(!missing.ok && missing.code, 'ValidationException');
    assert.match(
      !missing.ok ? missing.message : '',
      /Value null at 'imageBuildVersionArn' failed to satisfy constraint: Member must not be null/,
    );
    const unknown = await api.call(getImageFailure, ROOT, {
      imageBuildVersionArn: `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/nothing/1.0.0/1`,
    });
    assert.equal(!unknown.ok && unknown.code, 'ResourceNotFoundException');
  });
});
