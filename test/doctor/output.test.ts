// The doctor's outputs (issue 5): text grouped by account and resource with severity, what, why and fix;
// JSON with exactly the issue's schema; SARIF 2.1.0; exit codes 0/1/2; fixes as exact AWS CLI commands
// and policy documents; --fix-format cloudformation as a template that creates what is missing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.js';
import { doctor, fixture, role, SOURCE, TARGET } from './support.js';

const args = (details: string[], ib: string[]) => [
  ...details.flatMap((d) => ['--account-details', fixture(d)]),
  ...ib.flatMap((i) => ['--imagebuilder', fixture(i)]),
];

describe('--format json', () => {
  it('has exactly the issue schema', async () => {
    const run = await doctor(['ib005-no-ssm-core.json', 'correct-target.json'], ['imagebuilder.json']);
    assert.equal(run.code, 1);
    const parsed = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), ['findings', 'summary']);
    assert.deepEqual(Object.keys(run.report.summary), ['errors', 'warnings', 'passed']);
    const [finding] = run.report.findings;
    assert.deepEqual(Object.keys(finding!), [
      'id',
      'severity',
      'account',
      'resource',
      'message',
      'source',
      'fix',
    ]);
    assert.deepEqual(Object.keys(finding!.fix), ['cli', 'policy']);
    assert.equal(finding!.id, 'IB005');
    assert.equal(finding!.severity, 'error');
    assert.equal(finding!.account, SOURCE);
    assert.equal(finding!.resource, role(SOURCE, 'ec2-imagebuilder-instance'));
    assert.match(finding!.message, /lacks \d+ of the \d+ permissions of AmazonSSMManagedInstanceCore/);
    assert.match(
      finding!.source,
      /seeds\/001_484f26db1b2b7fe2\.txt § AWS Identity and Access Management \(IAM\)/,
    );
    assert.deepEqual(finding!.fix.cli, [
      'aws iam attach-role-policy --role-name ec2-imagebuilder-instance --policy-arn arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
    ]);
    assert.equal(run.report.summary.errors, 1);
  });

  it('gives the policy document of a fix, and commands that carry it exactly', async () => {
    const run = await doctor(['ib007-no-log-permission.json', 'correct-target.json'], ['imagebuilder.json']);
    const finding = run.report.findings[0]!;
    // Seed 001: "s3:PutObject permissions for the target bucket (arn:aws:s3:::BucketName/*)", here under the prefix.
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:PutObject'],
          Resource: 'arn:aws:s3:::example-imagebuilder-logs/builds/*',
        },
      ],
    };
    assert.deepEqual(finding.fix.policy, policy);
    assert.deepEqual(finding.fix.cli, [
      `aws iam put-role-policy --role-name ec2-imagebuilder-instance --policy-name ImageBuilderLogging-example-imagebuilder-logs --policy-document '${JSON.stringify(policy)}'`,
    ]);
  });

  it('creates a missing cross-account role in the target account', async () => {
    const run = await doctor(
      ['correct-source.json', 'ib009-target-no-distribution-role.json'],
      ['imagebuilder.json'],
    );
    const finding = run.report.findings[0]!;
    assert.equal(finding.account, TARGET);
    assert.deepEqual(finding.fix.cli, [
      `aws iam create-role --role-name EC2ImageBuilderDistributionCrossAccountRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::${SOURCE}:root"},"Action":"sts:AssumeRole"}]}' --description 'EC2 Image Builder distribution from account ${SOURCE}'`,
      'aws iam attach-role-policy --role-name EC2ImageBuilderDistributionCrossAccountRole --policy-arn arn:aws:iam::aws:policy/Ec2ImageBuilderCrossAccountDistributionAccess',
    ]);
  });
});

describe('text output', () => {
  it('groups findings by account, then resource, with severity, why and fix', async () => {
    const run = await runCli(
      'doctor',
      ...args(
        ['ib003-instance-role-trust.json', 'ib009-target-no-distribution-role.json'],
        ['imagebuilder.json'],
      ),
    );
    assert.equal(run.code, 1);
    const text = run.stdout;
    const source = text.indexOf(`Account ${SOURCE}`);
    const target = text.indexOf(`Account ${TARGET}`);
    assert.ok(source >= 0 && target > source, text);
    assert.match(
      text,
      new RegExp(
        `  ${role(SOURCE, 'ec2-imagebuilder-instance')}\\n    ERROR IB003: The trust policy of role ec2-imagebuilder-instance does not let ec2\\.amazonaws\\.com assume it`,
      ),
    );
    assert.match(text, / {6}why: The build instance gets its credentials by EC2 assuming the role/);
    assert.match(
      text,
      / {6}fix:\n {8}aws iam update-assume-role-policy --role-name ec2-imagebuilder-instance --policy-document '/,
    );
    assert.match(text, / {6}source: seeds\/001_484f26db1b2b7fe2\.txt/);
    assert.match(text, /2 error\(s\), 0 warning\(s\), \d+ check\(s\) passed\n$/);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with one rule per check and results located at the resource', async () => {
    const run = await runCli(
      'doctor',
      '--format',
      'sarif',
      ...args(['ib005-no-ssm-core.json', 'correct-target.json'], ['imagebuilder.json']),
    );
    assert.equal(run.code, 1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
        }[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const ids = sarif.runs[0]!.tool.driver.rules.map((r) => r.id);
    for (const id of ['IB001', 'IB014', 'MP001', 'MP003']) assert.ok(ids.includes(id), id);
    const [result] = sarif.runs[0]!.results;
    assert.equal(result!.ruleId, 'IB005');
    assert.equal(result!.level, 'error');
    assert.equal(
      result!.locations[0]!.logicalLocations[0]!.fullyQualifiedName,
      role(SOURCE, 'ec2-imagebuilder-instance'),
    );
  });
});

describe('--fix-format cloudformation', () => {
  it('emits one template per account that creates what is missing', async () => {
    const run = await runCli(
      'doctor',
      '--fix-format',
      'cloudformation',
      ...args(
        ['ib002-no-instance-profile.json', 'ib009-target-no-distribution-role.json'],
        ['imagebuilder.json'],
      ),
    );
    assert.equal(run.code, 1);
    const [source, target] = run.stdout.split('---\n').map(
      (doc) =>
        parse(doc) as {
          AWSTemplateFormatVersion: string;
          Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
        },
    );
    assert.equal(source!.AWSTemplateFormatVersion, '2010-09-09');
    const types = Object.values(source!.Resources)
      .map((r) => r.Type)
      .sort();
    assert.deepEqual(types, ['AWS::IAM::InstanceProfile', 'AWS::IAM::Role']);
    const roleResource = Object.values(source!.Resources).find((r) => r.Type === 'AWS::IAM::Role')!;
    assert.equal(roleResource.Properties['RoleName'], 'ec2-imagebuilder-instance');
    assert.deepEqual(roleResource.Properties['ManagedPolicyArns'], [
      'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilder',
      'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
      'arn:aws:iam::aws:policy/EC2InstanceProfileForImageBuilderECRContainerBuilds',
    ]);
    // The policy version stays a string for every YAML parser.
    assert.equal(
      (roleResource.Properties['AssumeRolePolicyDocument'] as { Version: unknown }).Version,
      '2012-10-17',
    );
    const distribution = Object.values(target!.Resources)[0]!;
    assert.equal(distribution.Properties['RoleName'], 'EC2ImageBuilderDistributionCrossAccountRole');
  });

  it('lists what CloudFormation cannot express (a trust policy change) as manual steps', async () => {
    const run = await runCli(
      'doctor',
      '--format',
      'json',
      '--fix-format',
      'cloudformation',
      ...args(['ib003-instance-role-trust.json', 'correct-target.json'], ['imagebuilder.json']),
    );
    const templates = JSON.parse(run.stdout) as Record<
      string,
      { Metadata: { 'ibiam-doctor': { manualSteps: string[] } } }
    >;
    const steps = templates[SOURCE]!.Metadata['ibiam-doctor'].manualSteps;
    assert.equal(steps.length, 1);
    assert.match(steps[0]!, /^aws iam update-assume-role-policy --role-name ec2-imagebuilder-instance/);
  });
});
