// `ibiam setup imagebuilder --print cli|cloudformation` (issue 5): every prerequisite role, instance profile
// and policy of the seed documents, printed for a real account, without touching anything.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.js';

describe('ibiam setup imagebuilder --print', () => {
  it('prints the AWS CLI commands of the source and target accounts', async () => {
    const run = await runCli(
      'setup',
      'imagebuilder',
      '--print',
      'cli',
      '--account',
      '111122223333',
      '--target-accounts',
      '444455556666',
      '--lifecycle',
    );
    assert.equal(run.code, 0, run.stderr);
    const [source, target] = run.stdout.split('\n\n');
    assert.match(
      source!,
      /^# Account 111122223333\naws iam create-service-linked-role --aws-service-name imagebuilder\.amazonaws\.com\n/,
    );
    // Seed 001: the instance profile role with EC2InstanceProfileForImageBuilder and AmazonSSMManagedInstanceCore.
    assert.match(
      source!,
      /aws iam attach-role-policy --role-name ec2-imagebuilder-instance --policy-arn arn:aws:iam::aws:policy\/EC2InstanceProfileForImageBuilder\n/,
    );
    assert.match(
      source!,
      /aws iam attach-role-policy --role-name ec2-imagebuilder-instance --policy-arn arn:aws:iam::aws:policy\/AmazonSSMManagedInstanceCore\n/,
    );
    assert.match(
      source!,
      /aws iam add-role-to-instance-profile --instance-profile-name ec2-imagebuilder-instance --role-name ec2-imagebuilder-instance/,
    );
    // Seed 002: the lifecycle role trusts imagebuilder.amazonaws.com, with EC2ImageBuilderLifecycleExecutionPolicy.
    assert.match(source!, /"Principal":\{"Service":"imagebuilder\.amazonaws\.com"\}/);
    assert.match(source!, /policy\/service-role\/EC2ImageBuilderLifecycleExecutionPolicy/);
    assert.match(
      target!,
      /^# Account 444455556666\naws iam create-role --role-name EC2ImageBuilderDistributionCrossAccountRole /,
    );
    assert.match(
      target!,
      /"Condition":\{"StringEquals":\{"aws:SourceAccount":"111122223333"\},"StringLike":\{"aws:SourceArn":"arn:\*:imagebuilder:\*:\*:image\/\*\/\*\/\*"\}\}/,
    );
  });

  it('prints CloudFormation templates, with the Marketplace roles of seed 000', async () => {
    const run = await runCli(
      'setup',
      'imagebuilder',
      '--print',
      'cloudformation',
      '--account',
      '111122223333',
      '--marketplace',
    );
    assert.equal(run.code, 0, run.stderr);
    const template = parse(run.stdout) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const roles = Object.values(template.Resources)
      .filter((r) => r.Type === 'AWS::IAM::Role')
      .map((r) => r.Properties['RoleName']);
    assert.deepEqual(roles, [
      'ec2-imagebuilder-instance',
      'MarketplaceImageBuildInstanceRole',
      'MarketplaceImageBuildAutomationRole',
    ]);
    const automation = Object.values(template.Resources).find(
      (r) => r.Properties['RoleName'] === 'MarketplaceImageBuildAutomationRole',
    )!;
    const policy = (
      automation.Properties['Policies'] as {
        PolicyDocument: { Statement: { Action: string[]; Resource: string[] }[] };
      }[]
    )[0]!;
    // Seed 000: "replace {{ Instance Profile }} with the ARN for the instance policy role".
    assert.deepEqual(policy.PolicyDocument.Statement[2], {
      Action: ['iam:PassRole'],
      Resource: ['arn:aws:iam::111122223333:role/MarketplaceImageBuildInstanceRole'],
      Effect: 'Allow',
    });
    assert.ok(Object.values(template.Resources).some((r) => r.Type === 'AWS::IAM::Group'));
  });

  it('needs --account for trust policies that name it, and a known --print format', async () => {
    const run = await runCli('setup', 'imagebuilder', '--print', 'cli', '--target-accounts', '444455556666');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--account is needed/);
    assert.equal((await runCli('setup', 'imagebuilder', '--print', 'terraform')).code, 2);
    assert.equal((await runCli('setup', 'imagebuilder')).code, 2);
  });
});
