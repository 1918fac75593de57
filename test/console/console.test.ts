// The web console in a real browser (issue #7): Chromium driven by playwright-core against a started
// server. Sign-in (default root, a user's key pair, a wrong secret), creating the seeds' instance profile
// role through the Create role wizard, a simulation with its explanation, a failed build's reason with its
// link to the simulator, and a principal without permissions seeing the service's AccessDenied. What the
// console creates is checked through the public API with the SDK, as any client would see it.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GetInstanceProfileCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { CreateImageCommand } from '@aws-sdk/client-imagebuilder';
import { ACCOUNT } from '../e2e/harness.js';
import { createUserWithKey, decodeDocument, policyText } from '../e2e/support/iam-helpers.js';
import { infrastructure, instanceProfileRole, recipe } from '../e2e/support/imagebuilder-build-setup.js';
import { INSTANCE_ROLE_TRUST_POLICY, MANAGED } from '../e2e/support/seed-documents.js';
import { detail, startConsole, textMatching, type ConsoleHarness } from './browser.js';

/** The part of a DOM text area the test uses (test code is compiled without the DOM library). */
interface TextArea {
  setSelectionRange(start: number, end: number): void;
}

describe('the web console in Chromium', () => {
  let h: ConsoleHarness;

  before(async () => {
    h = await startConsole({ buildStepMs: 300 });
  });
  after(() => h?.close());

  it('signs in as the local default root, adds a user by its key pair, and refuses a wrong secret', async () => {
    const page = await h.newPage();
    await page.goto(h.consoleUrl);
    await page.getByRole('button', { name: 'Sign in as the local default root' }).click();
    await page.getByRole('heading', { name: `Account ${ACCOUNT}` }).waitFor();
    await textMatching(page.locator('p'), `Signed in as arn:aws:iam::${ACCOUNT}:root`);

    const alice = await createUserWithKey(h.server.iam(), 'alice');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByLabel('Access key ID').fill(alice.credentials.accessKeyId);
    await page.getByLabel('Secret access key').fill(alice.credentials.secretAccessKey);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await textMatching(page.locator('p'), `Signed in as arn:aws:iam::${ACCOUNT}:user/alice`);
    const switcher = page.getByLabel('Signed-in principal');
    assert.deepEqual(
      (await switcher.locator('option').allTextContents()).map((text) => text.split(' — ')[1]),
      ['root', 'user/alice'],
    );

    const stranger = await h.newPage();
    await stranger.goto(h.consoleUrl);
    await stranger.getByLabel('Access key ID').fill(alice.credentials.accessKeyId);
    await stranger.getByLabel('Secret access key').fill(`${alice.credentials.secretAccessKey}x`);
    await stranger.getByRole('button', { name: 'Sign in', exact: true }).click();
    const error = await textMatching(stranger.getByRole('alert'), /SignatureDoesNotMatch/);
    assert.match(error, /signature we calculated does not match/);
    assert.equal(await stranger.getByRole('button', { name: 'Sign out' }).count(), 0);
  });

  it("creates the seeds' instance profile role through the wizard, validating the trust policy as it is typed", async () => {
    const page = await h.newPage();
    await h.signIn(page);
    await h.goTo(page, 'iam/roles');
    await page.getByRole('link', { name: 'Create role' }).click();

    // Step 1: AWS service, EC2 (the seed: "choose AWS service ... EC2").
    await page.getByRole('radio', { name: 'AWS service' }).check();
    await page.getByRole('radio', { name: 'EC2 (ec2.amazonaws.com)' }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: the trust policy, replaced by the seed's InstanceRoleTrustPolicy, then broken and mended by typing.
    const editor = page.getByRole('textbox', { name: 'Trust policy', exact: true });
    assert.match(await editor.inputValue(), /"ec2\.amazonaws\.com"/);
    await editor.fill(INSTANCE_ROLE_TRUST_POLICY);
    const status = page.locator('.pe-status');
    const allow = INSTANCE_ROLE_TRUST_POLICY.indexOf('"Allow"') + 3; // after `"Al`
    await editor.evaluate((area, at) => (area as unknown as TextArea).setSelectionRange(at, at), allow);
    await page.keyboard.press('Delete'); // "Alow"
    const findings = page.getByRole('table', { name: 'Trust policy findings' });
    const row = await textMatching(findings.locator('tbody tr'), 'INVALID_EFFECT');
    // Where "Alow" starts: Access Analyzer counts lines from 1 and columns from 0; the editor shows columns from 1.
    const broken = await editor.inputValue();
    const before = broken.slice(0, broken.indexOf('"Alow"')).split('\n');
    const cells = await findings
      .locator('tbody tr', { hasText: 'INVALID_EFFECT' })
      .locator('td')
      .allTextContents();
    assert.deepEqual(
      cells.slice(0, 4),
      [String(before.length), String((before.at(-1) ?? '').length + 1), 'ERROR', 'INVALID_EFFECT'],
      row,
    );
    await textMatching(status, /1 error/);
    await page.getByRole('button', { name: 'Next' }).click();
    await textMatching(page.getByRole('alert'), 'Fix the errors in the trust policy first.');
    await editor.focus();
    await editor.evaluate((area, at) => (area as unknown as TextArea).setSelectionRange(at, at), allow);
    await page.keyboard.type('l'); // "Allow" again
    // Checked again, without errors (the service principal's SECURITY_WARNING may stay: not an error).
    await textMatching(status, /^(?!Checking)(?!.*error).+$/);
    assert.equal(await findings.locator('tbody tr', { hasText: 'ERROR' }).count(), 0);
    assert.equal(await editor.inputValue(), INSTANCE_ROLE_TRUST_POLICY);
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 3: the two AWS managed policies of the seed's "Prerequisites".
    for (const name of ['EC2InstanceProfileForImageBuilder', 'AmazonSSMManagedInstanceCore']) {
      await page.getByLabel('Search policies').fill(name);
      await page.getByRole('checkbox', { name, exact: true }).check();
    }
    await textMatching(page.locator('.iam-selected'), /Selected \(2\)/);
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 4: name, review, create.
    await page.getByLabel('Role name').fill('ImageBuilderInstanceRole');
    const review = page.getByRole('region', { name: 'Review' });
    await textMatching(review, /EC2InstanceProfileForImageBuilder, AmazonSSMManagedInstanceCore/);
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('heading', { name: 'ImageBuilderInstanceRole', level: 1 }).waitFor();
    await textMatching(page.getByRole('region', { name: 'Trust relationships' }), /ssm\.amazonaws\.com/);

    const iam = h.server.iam();
    const role = await iam.send(new GetRoleCommand({ RoleName: 'ImageBuilderInstanceRole' }));
    assert.deepEqual(
      decodeDocument(role.Role?.AssumeRolePolicyDocument),
      JSON.parse(INSTANCE_ROLE_TRUST_POLICY),
    );
    const attached = await iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'ImageBuilderInstanceRole' }),
    );
    assert.deepEqual(
      (attached.AttachedPolicies ?? []).map((p) => p.PolicyArn).sort(),
      [MANAGED.ssmManagedInstanceCore, MANAGED.instanceProfileForImageBuilder].sort(),
    );
    const profile = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'ImageBuilderInstanceRole' }),
    );
    assert.deepEqual(
      profile.InstanceProfile?.Roles?.map((r) => r.RoleName),
      ['ImageBuilderInstanceRole'],
    );
  });

  it('explains a simulation: the explicit Deny, its layer, its statement and why its condition matched', async () => {
    // A user allowed Image Builder but denied deleting images outside eu-west-1.
    await createUserWithKey(
      h.server.iam(),
      'builder',
      policyText({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AllowImageBuilder', Effect: 'Allow', Action: 'imagebuilder:*', Resource: '*' },
          {
            Sid: 'DenyDeleteOutsideIreland',
            Effect: 'Deny',
            Action: 'imagebuilder:DeleteImage',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
          },
        ],
      }),
    );
    const page = await h.newPage();
    await h.signIn(page);
    await h.goTo(page, 'tools/simulator');
    const principal = page.locator('select[name="policySourceArn"]');
    await principal.locator('option', { hasText: /^builder$/ }).waitFor({ state: 'attached' });
    await principal.selectOption({ label: 'builder' });
    await page
      .getByLabel('Actions (comma- or line-separated)')
      .fill('imagebuilder:DeleteImage\nimagebuilder:GetImage');
    await page.getByRole('button', { name: 'Add context key' }).click();
    await page.getByLabel('Context key 1').fill('aws:RequestedRegion');
    await page.getByLabel('Values 1').fill('us-east-1');
    await page.getByRole('button', { name: 'Run simulation' }).click();

    const denied = page.getByRole('article', { name: 'imagebuilder:DeleteImage on *' });
    await textMatching(denied.getByRole('heading'), /ExplicitDeny/);
    await textMatching(denied, /Blocked by: identity-based policies \(identity\)/);
    const deciding = await textMatching(denied.locator('.sim-statement'), /DenyDeleteOutsideIreland/);
    assert.match(deciding, /^Deny/);
    const condition = await textMatching(denied.locator('.sim-conditions li'), 'aws:RequestedRegion');
    assert.match(condition, /StringNotEquals aws:RequestedRegion/);
    assert.match(condition, /policy values eu-west-1/);
    assert.match(condition, /request value us-east-1/);
    // ... and why, in words: the request's value is not the policy's.
    assert.match(condition, /— matched: .*us-east-1.*eu-west-1/);
    assert.match((await denied.locator('.sim-summary').textContent()) ?? '', /DenyDeleteOutsideIreland/);

    const allowed = page.getByRole('article', { name: 'imagebuilder:GetImage on *' });
    await textMatching(allowed.getByRole('heading'), /: Allow$/);
    await textMatching(allowed.locator('.sim-statement'), /AllowImageBuilder/);
  });

  it("shows a failed build's step, principal and action, and opens the simulator with that request", async () => {
    const iam = h.server.iam();
    const ib = h.server.imagebuilder();
    await instanceProfileRole(iam, 'NoImageBuilderPolicy', [MANAGED.ssmManagedInstanceCore]);
    const created = await ib.send(
      new CreateImageCommand({
        imageRecipeArn: await recipe(ib, 'noimagebuilderpolicy'),
        infrastructureConfigurationArn: await infrastructure(
          ib,
          'NoImageBuilderPolicy',
          'NoImageBuilderPolicy',
        ),
      }),
    );
    const arn = created.imageBuildVersionArn ?? '';
    const page = await h.newPage();
    await h.signIn(page);
    await h.goTo(page, `imagebuilder/images/${encodeURIComponent(arn)}`);
    await textMatching(page.locator('.page-title .ib-state'), /^FAILED$/);

    const panel = page.getByRole('region', { name: 'Why the build failed' });
    await panel.getByRole('heading', { name: 'Why the build failed' }).waitFor();
    assert.match(
      (await panel.getByTestId('image-failure-reason').textContent()) ?? '',
      /^BUILDING \(ApplyBuildComponents\): the instance profile role NoImageBuilderPolicy .*EC2InstanceProfileForImageBuilder/,
    );
    const failure = panel.getByTestId('image-failure');
    await failure.getByRole('heading', { name: 'Refused request' }).waitFor();
    assert.equal(await detail(failure, 'Step').textContent(), 'ApplyBuildComponents');
    assert.match(
      (await detail(failure, 'Principal').textContent()) ?? '',
      new RegExp(`^arn:aws:sts::${ACCOUNT}:assumed-role/NoImageBuilderPolicy/i-[0-9a-f]{17}$`),
    );
    const roleArn = `arn:aws:iam::${ACCOUNT}:role/NoImageBuilderPolicy`;
    assert.equal(await detail(failure, 'Role').textContent(), roleArn);
    assert.equal(await detail(failure, 'Action').textContent(), 'imagebuilder:GetComponent');
    const resource = (await detail(failure, 'Resource').textContent()) ?? '';
    assert.match(
      resource,
      new RegExp(
        `^arn:aws:imagebuilder:us-east-1:${ACCOUNT}:component/noimagebuilderpolicy-tools/1\\.0\\.0/1$`,
      ),
    );

    await failure.getByRole('link', { name: 'Open in the policy simulator' }).click();
    await page.getByRole('heading', { name: 'Policy simulator' }).waitFor();
    const query = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
    assert.equal(query.get('policySourceArn'), roleArn);
    assert.equal(query.get('action'), 'imagebuilder:GetComponent');
    assert.equal(query.get('resource'), resource);
    assert.equal(await page.locator('select[name="policySourceArn"]').inputValue(), roleArn);
    assert.equal(
      await page.getByLabel('Actions (comma- or line-separated)').inputValue(),
      'imagebuilder:GetComponent',
    );
    assert.equal(await page.getByLabel('Resources (one ARN per line; empty means *)').inputValue(), resource);
    // The link runs the simulation at once: the role's policies do not allow it.
    const result = page.getByRole('article', { name: `imagebuilder:GetComponent on ${resource}` });
    await textMatching(result.getByRole('heading'), /ImplicitDeny$/);
  });

  it('shows a principal without permissions the AccessDenied IAM answers, and no roles', async () => {
    const nobody = await createUserWithKey(h.server.iam(), 'nobody');
    const page = await h.newPage();
    await h.signIn(page, nobody.credentials);
    await h.goTo(page, 'iam/roles');
    const error = await textMatching(page.getByRole('alert'), /AccessDenied/);
    assert.match(
      error,
      new RegExp(`User: arn:aws:iam::${ACCOUNT}:user/nobody is not authorized to perform: iam:ListRoles`),
    );
    assert.equal(await page.locator('table').count(), 0);
  });
});
