// Each check of issue 5 on hand-written GetAccountAuthorizationDetails fixtures: a fully correct pair of
// accounts (source 111122223333 building and distributing to target 444455556666), then one fixture per
// broken prerequisite. Each check must fire exactly where the seed documents say it should, and nowhere
// else: the expected findings below follow from the seed pages, not from running the doctor.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { doctor, fired, role, SOURCE, TARGET } from './support.js';

const IB = ['imagebuilder.json'];
const INSTANCE = role(SOURCE, 'ec2-imagebuilder-instance');
const BUILDER = `arn:aws:iam::${SOURCE}:user/builder`;

describe('ibiam doctor on a fully correct pair of accounts', () => {
  it('finds nothing, and says how many checks passed (exit code 0)', async () => {
    const run = await doctor(['correct-source.json', 'correct-target.json'], IB);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(fired(run.report), []);
    assert.equal(run.report.summary.errors, 0);
    assert.equal(run.report.summary.warnings, 0);
    assert.ok(run.report.summary.passed >= 20, `passed: ${run.report.summary.passed}`);
  });

  it('reads the API form (URL-encoded documents) the same way', async () => {
    const run = await doctor(['api-encoded-source.json', 'correct-target.json'], IB);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(fired(run.report), []);
  });

  it('passes custom policies that grant what the managed policies grant', async () => {
    // EC2InstanceProfileForImageBuilder as a renamed customer managed copy; AmazonSSMManagedInstanceCore and
    // the ECR container policy replaced by a broader inline policy (ssm:*, ecr:*, imagebuilder:Get*, logs:*).
    const run = await doctor(['custom-equivalent-policies.json', 'correct-target.json'], IB);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(fired(run.report), []);
  });
});

describe('each broken prerequisite fires its check, and only it', () => {
  const cases: [string, string[], string[], string[]][] = [
    // [what, account-details files, imagebuilder files, expected `ID severity resource`]
    [
      'IB001 no service-linked role, builders may not create it',
      ['ib001-no-service-linked-role.json', 'correct-target.json'],
      IB,
      [
        `IB001 error arn:aws:iam::${SOURCE}:role/aws-service-role/imagebuilder.amazonaws.com/AWSServiceRoleForImageBuilder`,
      ],
    ],
    [
      'IB002 the instance profile does not exist',
      ['ib002-no-instance-profile.json', 'correct-target.json'],
      IB,
      [`IB002 error arn:aws:iam::${SOURCE}:instance-profile/ec2-imagebuilder-instance`],
    ],
    [
      'IB003 the instance role trusts Lambda, not EC2',
      ['ib003-instance-role-trust.json', 'correct-target.json'],
      IB,
      [`IB003 error ${INSTANCE}`],
    ],
    [
      'IB004 a policy only NAMED EC2InstanceProfileForImageBuilder; a renamed copy attached to nothing',
      ['ib004-policy-named-like-managed.json', 'correct-target.json'],
      IB,
      [`IB004 error ${INSTANCE}`],
    ],
    [
      'IB005 no AmazonSSMManagedInstanceCore',
      ['ib005-no-ssm-core.json', 'correct-target.json'],
      IB,
      [`IB005 error ${INSTANCE}`],
    ],
    [
      'IB006 a container recipe builds on a role without the ECR policy',
      ['ib006-no-ecr-container-builds.json', 'correct-target.json'],
      IB,
      [`IB006 error ${INSTANCE}`],
    ],
    [
      'IB007 logging to S3 without s3:PutObject',
      ['ib007-no-log-permission.json', 'correct-target.json'],
      IB,
      [`IB007 error ${INSTANCE}`],
    ],
    [
      'IB008 AWSImageBuilderFullAccess and a role named without "imagebuilder"',
      ['ib008-name-pitfall.json', 'correct-target.json'],
      ['ib008-imagebuilder.json'],
      [`IB008 error ${BUILDER}`],
    ],
    [
      'IB009 the target account has no distribution role',
      ['correct-source.json', 'ib009-target-no-distribution-role.json'],
      IB,
      [`IB009 error ${role(TARGET, 'EC2ImageBuilderDistributionCrossAccountRole')}`],
    ],
    [
      'IB009 the distribution role trusts another account',
      ['correct-source.json', 'ib009-target-untrusted.json'],
      IB,
      [`IB009 error ${role(TARGET, 'EC2ImageBuilderDistributionCrossAccountRole')}`],
    ],
    [
      'IB010 the lifecycle execution role lacks its policy',
      ['ib010-lifecycle-role-no-policy.json', 'correct-target.json'],
      IB,
      [`IB010 error ${role(SOURCE, 'ec2-imagebuilder-lifecycle')}`],
    ],
    [
      'IB011 the cross-account lifecycle role trusts another source account',
      ['correct-source.json', 'ib011-target-lifecycle-trust.json'],
      IB,
      [`IB011 error ${role(TARGET, 'Ec2ImageBuilderCrossAccountLifecycleAccess')}`],
    ],
    [
      'IB012 the container repository lacks the lifecycle tag',
      ['correct-source.json', 'correct-target.json'],
      ['ib012-imagebuilder-untagged.json'],
      [`IB012 error arn:aws:ecr:us-east-1:${SOURCE}:repository/web-app`],
    ],
    [
      'IB013 the service-linked role may not publish to the status topic',
      ['ib013-service-role-denies-publish.json', 'correct-target.json'],
      IB,
      [`IB013 error arn:aws:sns:us-east-1:${SOURCE}:imagebuilder-status`],
    ],
    [
      'IB014 the execution role trusts EC2, not Image Builder',
      ['ib014-execution-role-trust.json', 'correct-target.json'],
      IB,
      [`IB014 error ${role(SOURCE, 'ec2-imagebuilder-execution')}`],
    ],
    [
      'IB015 a status topic without "imagebuilder" in its name',
      ['correct-source.json', 'correct-target.json'],
      ['ib015-imagebuilder-topic-name.json'],
      [`IB015 error ${BUILDER}`],
    ],
    [
      'IB016 a log bucket without "imagebuilder" in its name',
      ['ib016-instance-role-build-logs.json', 'correct-target.json'],
      ['ib016-imagebuilder-bucket-name.json'],
      [`IB016 error ${BUILDER}`],
    ],
    [
      'IB017 the builders may not pass the execution roles',
      ['ib017-no-pass-execution-roles.json', 'correct-target.json'],
      IB,
      [`IB017 error ${BUILDER}`, `IB017 error ${BUILDER}`],
    ],
  ];
  for (const [what, details, ib, expected] of cases) {
    it(what, async () => {
      const run = await doctor(details, ib);
      assert.equal(run.code, 1, run.stderr);
      assert.deepEqual(fired(run.report), expected);
    });
  }

  it('IB008 explains the AWSImageBuilderFullAccess naming pitfall', async () => {
    const run = await doctor(['ib008-name-pitfall.json', 'correct-target.json'], ['ib008-imagebuilder.json']);
    const finding = run.report.findings.find((f) => f.id === 'IB008')!;
    assert.match(finding.message, /iam:PassRole role BuildInstance to ec2\.amazonaws\.com/);
    assert.match(finding.message, /iam:GetInstanceProfile BuildInstance/);
    assert.match(finding.message, /lower-case "imagebuilder"/);
  });

  it('IB009 and IB011 are warnings when the target account was not given (nothing to verify)', async () => {
    const run = await doctor(['correct-source.json'], IB);
    assert.equal(run.code, 0);
    assert.deepEqual(fired(run.report), [
      `IB009 warning ${role(TARGET, 'EC2ImageBuilderDistributionCrossAccountRole')}`,
      `IB011 warning ${role(TARGET, 'Ec2ImageBuilderCrossAccountLifecycleAccess')}`,
    ]);
  });

  it('IB012 is a warning when the repository tags were not given', async () => {
    const run = await doctor(
      ['correct-source.json', 'correct-target.json'],
      ['ib012-imagebuilder-no-repository-tags.json'],
    );
    assert.equal(run.code, 0);
    assert.deepEqual(fired(run.report), [`IB012 warning arn:aws:ecr:us-east-1:${SOURCE}:repository/web-app`]);
    assert.deepEqual(run.report.findings[0]!.fix.cli, [
      `aws ecr tag-resource --region us-east-1 --resource-arn arn:aws:ecr:us-east-1:${SOURCE}:repository/web-app --tags 'Key=LifecycleExecutionAccess,Value=EC2 Image Builder'`,
    ]);
  });
});

describe('the AWS Marketplace private image build checks (seed 000)', () => {
  const MP = '777788889999';
  it('pass for the roles and group the seed describes', async () => {
    const run = await doctor(['mp-correct.json']);
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(fired(run.report), []);
    // The service-linked role check plus MP001, MP002 and MP003 for the user and the group.
    assert.equal(run.report.summary.passed, 5);
  });

  it('MP001: the instance role does not trust ssm.amazonaws.com', async () => {
    const run = await doctor(['mp001-instance-role-trust.json']);
    assert.deepEqual(fired(run.report), [`MP001 error ${role(MP, 'MyInstanceRole')}`]);
  });

  it('MP002: the automation role may not pass the instance role', async () => {
    const run = await doctor(['mp002-automation-pass-role.json']);
    assert.deepEqual(fired(run.report), [`MP002 error ${role(MP, 'MyAutomationRole')}`]);
    assert.match(
      run.report.findings[0]!.message,
      /iam:PassRole on arn:aws:iam::777788889999:role\/MyInstanceRole/,
    );
  });

  it('MP003: builders without AWSMarketplaceFullAccess (the user and its group)', async () => {
    const run = await doctor(['mp003-builders-without-full-access.json']);
    assert.deepEqual(fired(run.report), [
      `MP003 error arn:aws:iam::${MP}:group/MarketplaceBuilders`,
      `MP003 error arn:aws:iam::${MP}:user/alice`,
    ]);
  });

  it('run only where an account shows Marketplace use, unless --marketplace or --no-marketplace says otherwise', async () => {
    const auto = await doctor(['correct-source.json', 'correct-target.json'], IB);
    assert.deepEqual(fired(auto.report), []);
    // Forced on two accounts without any Marketplace role: no instance role and no automation role in either.
    const forced = await doctor(['correct-source.json', 'correct-target.json'], IB, '--marketplace');
    assert.deepEqual(forced.report.findings.map((f) => `${f.id} ${f.account}`).sort(), [
      `MP001 ${SOURCE}`,
      `MP001 ${TARGET}`,
      `MP002 ${SOURCE}`,
      `MP002 ${TARGET}`,
    ]);
    const off = await doctor(['mp001-instance-role-trust.json'], [], '--no-marketplace');
    assert.deepEqual(fired(off.report), []);
  });
});
