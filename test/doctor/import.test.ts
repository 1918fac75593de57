// `ibiam import` (issue 5): account snapshots become accounts of the local store, so that ibiam serves a
// copy of real accounts: the IAM API answers with the snapshot's entities, and the doctor run against the
// endpoint finds what it finds in the files.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GetInstanceProfileCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
  GetGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { startTestServer, type Credentials, type TestServer } from '../e2e/harness.js';
import { runCli } from '../cli/run-cli.js';
import { fixture, SOURCE, TARGET } from './support.js';

interface Imported {
  accountId: string;
  created?: { AccountId: string; AccessKeyId: string; SecretAccessKey: string };
  roles: number;
}

describe('ibiam import', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-import-'));
  let server: TestServer;
  let source: Credentials;
  let target: Credentials;

  before(async () => {
    const run = await runCli(
      'import',
      '--json',
      '--data',
      dataDir,
      fixture('ib005-no-ssm-core.json'),
      fixture('correct-target.json'),
    );
    assert.equal(run.code, 0, run.stderr);
    const results = JSON.parse(run.stdout) as Imported[];
    assert.deepEqual(
      results.map((r) => [r.accountId, r.roles]),
      [
        [SOURCE, 4],
        [TARGET, 2],
      ],
    );
    const credentials = (r: Imported) => ({
      accessKeyId: r.created!.AccessKeyId,
      secretAccessKey: r.created!.SecretAccessKey,
    });
    source = credentials(results[0]!);
    target = credentials(results[1]!);
    server = await startTestServer(dataDir);
  });
  after(() => server.stop());

  it('serves the imported roles, instance profiles, policies and groups', async () => {
    const iam = server.iam(source);
    const role = await iam.send(new GetRoleCommand({ RoleName: 'ec2-imagebuilder-instance' }));
    assert.equal(role.Role?.Arn, `arn:aws:iam::${SOURCE}:role/ec2-imagebuilder-instance`);
    const trust = JSON.parse(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '')) as {
      Statement: { Principal: unknown }[];
    };
    assert.deepEqual(trust.Statement[0]!.Principal, { Service: 'ec2.amazonaws.com' });
    const attached = await iam.send(
      new ListAttachedRolePoliciesCommand({ RoleName: 'ec2-imagebuilder-instance' }),
    );
    assert.deepEqual(
      attached.AttachedPolicies?.map((p) => p.PolicyName),
      ['EC2InstanceProfileForImageBuilder', 'EC2InstanceProfileForImageBuilderECRContainerBuilds'],
    );
    const profile = await iam.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'ec2-imagebuilder-instance' }),
    );
    assert.equal(profile.InstanceProfile?.Roles?.[0]?.RoleName, 'ec2-imagebuilder-instance');
    const groupPolicy = await iam.send(
      new GetGroupPolicyCommand({
        GroupName: 'imagebuilder-admins',
        PolicyName: 'PassImageBuilderExecutionRoles',
      }),
    );
    assert.match(decodeURIComponent(groupPolicy.PolicyDocument ?? ''), /iam:PassRole/);
    const distribution = await server
      .iam(target)
      .send(new GetRoleCommand({ RoleName: 'EC2ImageBuilderDistributionCrossAccountRole' }));
    assert.equal(
      distribution.Role?.Arn,
      `arn:aws:iam::${TARGET}:role/EC2ImageBuilderDistributionCrossAccountRole`,
    );
  });

  it('the doctor finds on the endpoint what it finds in the files', async () => {
    const saved = { ...process.env };
    process.env['AWS_ACCESS_KEY_ID'] = source.accessKeyId;
    process.env['AWS_SECRET_ACCESS_KEY'] = source.secretAccessKey;
    process.env['AWS_REGION'] = 'us-east-1';
    try {
      const run = await runCli(
        'doctor',
        '--endpoint',
        server.url,
        '--format',
        'json',
        '--quiet',
        '--account-credentials',
        `${TARGET}=${target.accessKeyId}:${target.secretAccessKey}`,
        '--imagebuilder',
        fixture('imagebuilder.json'),
      );
      assert.equal(run.code, 1, run.stderr);
      const report = JSON.parse(run.stdout) as { findings: { id: string; resource: string }[] };
      assert.deepEqual(
        report.findings.map((f) => `${f.id} ${f.resource}`),
        [`IB005 arn:aws:iam::${SOURCE}:role/ec2-imagebuilder-instance`],
      );
    } finally {
      for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('rejects a malformed snapshot without writing anything (exit code 2)', async () => {
    const run = await runCli('import', '--data', dataDir, fixture('malformed-truncated.txt'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /malformed-truncated\.txt: the file is truncated/);
  });
});
