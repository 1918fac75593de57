// `ibiam doctor --endpoint` and `ibiam setup imagebuilder` against a running ibiam (issue 5): the doctor
// reads the account through the public API (GetAccountAuthorizationDetails, Image Builder List/Get), finds
// the broken prerequisites, `--apply` fixes them through the API so that a second run is clean, and the
// builder can then create the infrastructure configuration it could not before. `setup imagebuilder`
// creates every prerequisite of the seed documents, in the source and the target accounts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
  AddRoleToInstanceProfileCommand,
} from '@aws-sdk/client-iam';
import {
  CreateDistributionConfigurationCommand,
  CreateInfrastructureConfigurationCommand,
  CreateLifecyclePolicyCommand,
} from '@aws-sdk/client-imagebuilder';
import { startTestServer, type Credentials, type TestServer } from '../e2e/harness.js';
import { runCli } from '../cli/run-cli.js';

interface JsonReport {
  findings: { id: string; severity: string; account: string; resource: string; message: string }[];
  summary: { errors: number; warnings: number; passed: number };
}

const EC2_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

/** Runs the CLI with the endpoint's credentials in the usual AWS environment variables. */
async function withCredentials<T>(credentials: Credentials, fn: () => Promise<T>): Promise<T> {
  const saved = {
    id: process.env['AWS_ACCESS_KEY_ID'],
    secret: process.env['AWS_SECRET_ACCESS_KEY'],
    region: process.env['AWS_REGION'],
  };
  process.env['AWS_ACCESS_KEY_ID'] = credentials.accessKeyId;
  process.env['AWS_SECRET_ACCESS_KEY'] = credentials.secretAccessKey;
  process.env['AWS_REGION'] = 'us-east-1';
  try {
    return await fn();
  } finally {
    const restore = (key: string, value: string | undefined) =>
      value === undefined ? delete process.env[key] : (process.env[key] = value);
    restore('AWS_ACCESS_KEY_ID', saved.id);
    restore('AWS_SECRET_ACCESS_KEY', saved.secret);
    restore('AWS_REGION', saved.region);
  }
}

const ROOT = { accessKeyId: 'test', secretAccessKey: 'test' };

describe('ibiam doctor --endpoint, with --apply', () => {
  let server: TestServer;
  let builder: Credentials;

  before(async () => {
    server = await startTestServer();
    const iam = server.iam();
    // The build instance role lacks AmazonSSMManagedInstanceCore, and its name lacks "imagebuilder".
    await iam.send(new CreateRoleCommand({ RoleName: 'BuildInstance', AssumeRolePolicyDocument: EC2_TRUST }));
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'BuildInstance',
        PolicyArn: 'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder',
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'BuildInstance' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'BuildInstance',
        RoleName: 'BuildInstance',
      }),
    );
    // The builder has AWSImageBuilderFullAccess, which lets it pass only roles named *imagebuilder*.
    await iam.send(new CreateUserCommand({ UserName: 'builder' }));
    await iam.send(
      new AttachUserPolicyCommand({
        UserName: 'builder',
        PolicyArn: 'arn:aws:iam::aws:policy/AWSImageBuilderFullAccess',
      }),
    );
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: 'builder' }));
    builder = { accessKeyId: key.AccessKey!.AccessKeyId!, secretAccessKey: key.AccessKey!.SecretAccessKey! };
    // The root user creates the infrastructure configuration (and with it the service-linked role).
    await server.imagebuilder().send(
      new CreateInfrastructureConfigurationCommand({
        name: 'web-build',
        instanceProfileName: 'BuildInstance',
        clientToken: 'token-1',
      }),
    );
  });
  after(() => server.stop());

  it('finds the broken prerequisites (exit code 1)', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli('doctor', '--endpoint', server.url, '--format', 'json', '--quiet'),
    );
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    const ids = report.findings.map((f) => `${f.id} ${f.resource}`).sort();
    assert.deepEqual(ids, [
      'IB005 arn:aws:iam::123456789012:role/BuildInstance',
      'IB008 arn:aws:iam::123456789012:user/builder',
    ]);
    const pitfall = report.findings.find((f) => f.id === 'IB008')!;
    assert.match(pitfall.message, /lower-case "imagebuilder"/);
  });

  it('the builder cannot create an infrastructure configuration with that profile yet', async () => {
    const denied = await server
      .imagebuilder(builder)
      .send(
        new CreateInfrastructureConfigurationCommand({
          name: 'builder-build',
          instanceProfileName: 'BuildInstance',
          clientToken: 'token-2',
        }),
      )
      .then(
        () => undefined,
        (error: Error) => error,
      );
    assert.ok(denied, 'the request should be denied');
  });

  it('--apply fixes them through the API and prints the clean second run', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli('doctor', '--endpoint', server.url, '--apply', '--format', 'json'),
    );
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.match(
      run.stderr,
      /applied in 123456789012: aws iam attach-role-policy --role-name BuildInstance --policy-arn arn:aws:iam::aws:policy\/AmazonSSMManagedInstanceCore/,
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.summary.errors, 0);
    const attached = await server
      .iam()
      .send(new ListAttachedRolePoliciesCommand({ RoleName: 'BuildInstance' }));
    assert.ok(attached.AttachedPolicies?.some((p) => p.PolicyName === 'AmazonSSMManagedInstanceCore'));
  });

  it('a second run is clean (exit code 0), and the builder can now create the configuration', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli('doctor', '--endpoint', server.url, '--format', 'json', '--quiet'),
    );
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(
      (JSON.parse(run.stdout) as JsonReport).findings.filter((f) => f.severity === 'error'),
      [],
    );
    const made = await server.imagebuilder(builder).send(
      new CreateInfrastructureConfigurationCommand({
        name: 'builder-build',
        instanceProfileName: 'BuildInstance',
        clientToken: 'token-3',
      }),
    );
    assert.match(made.infrastructureConfigurationArn ?? '', /infrastructure-configuration\/builder-build$/);
  });

  it('refuses --apply on an endpoint that is not local (exit code 2)', async () => {
    const run = await runCli('doctor', '--endpoint', 'https://iam.amazonaws.com', '--apply');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /only writes to a local ibiam endpoint/);
  });
});

describe('ibiam setup imagebuilder', () => {
  let server: TestServer;
  let target: Credentials;
  const TARGET = '222233334444';

  before(async () => {
    server = await startTestServer();
    target = await server.createAccount(TARGET);
  });
  after(() => server.stop());

  it('creates every prerequisite in the source and target accounts', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli(
        'setup',
        'imagebuilder',
        '--endpoint',
        server.url,
        '--target-accounts',
        TARGET,
        '--lifecycle',
        '--marketplace',
        '--account-credentials',
        `${TARGET}=${target.accessKeyId}:${target.secretAccessKey}`,
      ),
    );
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const iam = server.iam();
    const profile = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'ec2-imagebuilder-instance' }),
    );
    assert.equal(profile.InstanceProfile?.Roles?.[0]?.RoleName, 'ec2-imagebuilder-instance');
    for (const name of [
      'AWSServiceRoleForImageBuilder',
      'ec2-imagebuilder-lifecycle',
      'MarketplaceImageBuildInstanceRole',
      'MarketplaceImageBuildAutomationRole',
    ])
      assert.ok((await iam.send(new GetRoleCommand({ RoleName: name }))).Role, name);
    const inTarget = server.iam(target);
    for (const name of [
      'EC2ImageBuilderDistributionCrossAccountRole',
      'Ec2ImageBuilderCrossAccountLifecycleAccess',
    ])
      assert.ok((await inTarget.send(new GetRoleCommand({ RoleName: name }))).Role, name);
  });

  it('is idempotent: a second run keeps what exists', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli(
        'setup',
        'imagebuilder',
        '--endpoint',
        server.url,
        '--target-accounts',
        TARGET,
        '--lifecycle',
        '--marketplace',
        '--account-credentials',
        `${TARGET}=${target.accessKeyId}:${target.secretAccessKey}`,
      ),
    );
    assert.equal(run.code, 0, run.stdout);
    assert.match(
      run.stdout,
      /exists in 123456789012: aws iam create-role --role-name ec2-imagebuilder-instance/,
    );
  });

  it('after setup, the doctor finds nothing wrong in either account', async () => {
    const ib = server.imagebuilder();
    await ib.send(
      new CreateInfrastructureConfigurationCommand({
        name: 'main',
        instanceProfileName: 'ec2-imagebuilder-instance',
        clientToken: 'setup-1',
      }),
    );
    await ib.send(
      new CreateDistributionConfigurationCommand({
        name: 'to-target',
        distributions: [
          { region: 'us-east-1', amiDistributionConfiguration: { targetAccountIds: [TARGET] } },
        ],
        clientToken: 'setup-2',
      }),
    );
    await ib.send(
      new CreateLifecyclePolicyCommand({
        name: 'retention',
        executionRole: 'ec2-imagebuilder-lifecycle',
        resourceType: 'AMI_IMAGE',
        policyDetails: [{ action: { type: 'DELETE' }, filter: { type: 'COUNT', value: 5 } }],
        resourceSelection: { recipes: [{ name: 'web', semanticVersion: '1.0.0' }] },
        clientToken: 'setup-3',
      }),
    );
    const run = await withCredentials(ROOT, () =>
      // The Marketplace checks run where an account shows Marketplace use: here the source account.
      runCli(
        'doctor',
        '--endpoint',
        server.url,
        '--format',
        'json',
        '--quiet',
        '--account-credentials',
        `${TARGET}=${target.accessKeyId}:${target.secretAccessKey}`,
      ),
    );
    assert.equal(run.code, 0, run.stdout);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.findings, []);
    // IB001-IB005, IB008, IB009 (trust, permissions), IB010, IB011, MP001-MP003 at least.
    assert.ok(report.summary.passed >= 14, String(report.summary.passed));
  });

  it('needs credentials for target accounts (exit code 2)', async () => {
    const run = await withCredentials(ROOT, () =>
      runCli('setup', 'imagebuilder', '--endpoint', server.url, '--target-accounts', '333344445555'),
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no credentials for target account\(s\) 333344445555/);
  });
});
