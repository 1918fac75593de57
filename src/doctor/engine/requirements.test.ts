// "Has the permissions of P" as requests: the requirements of the AWS managed policies the seeds name,
// checked against what the policies' documents say (seed 003 prints them), and the engine deciding a
// role's gap. https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../policy/catalog/index.js';
import { AwsManagedPolicies } from '../../services/iam/aws-managed/catalog.js';
import { AccountView } from '../world.js';
import { emptyImageBuilderSnapshot, type IamRole } from '../snapshot/types.js';
import { Permissions } from './permissions.js';
import { PolicyCache } from './policy-cache.js';
import { PrincipalSets } from './principal-sets.js';
import { Requirements } from './requirements.js';

const ACCOUNT = '123456789012';
const env = { account: ACCOUNT, region: 'us-east-1' };
const cache = new PolicyCache(new AwsManagedPolicies());
const requirements = new Requirements(cache, defaultCatalog);
const managed = (name: string) => {
  const arn = `arn:aws:iam::aws:policy/${name}`;
  return requirements.of(name, cache.awsManagedDocument(arn), env, arn);
};

describe('requirements of a managed policy', () => {
  it('expand Ec2ImageBuilderCrossAccountDistributionAccess: CreateTags on images, Describe/Copy/Modify', () => {
    // Seed 003: ec2:CreateTags on arn:aws:ec2:*::image/*; ec2:DescribeImages, ec2:CopyImage, ec2:ModifyImageAttribute on *.
    const set = managed('Ec2ImageBuilderCrossAccountDistributionAccess');
    const actions = new Set(set.requirements.map((r) => r.action));
    assert.deepEqual([...actions].sort(), [
      'ec2:CopyImage',
      'ec2:CreateTags',
      'ec2:DescribeImages',
      'ec2:ModifyImageAttribute',
    ]);
    const tags = set.requirements.filter((r) => r.action === 'ec2:CreateTags');
    assert.deepEqual(
      tags.map((r) => r.resource),
      ['arn:aws:ec2:us-east-1::image/ibiam-doctor'],
    );
    // DescribeImages has no resource-level permissions: it is only ever authorized on *.
    assert.deepEqual(
      set.requirements.filter((r) => r.action === 'ec2:DescribeImages').map((r) => r.resource),
      ['*'],
    );
  });

  it('satisfy the conditions of EC2InstanceProfileForImageBuilder (kms:Decrypt via Image Builder)', () => {
    const set = managed('EC2InstanceProfileForImageBuilder');
    const decrypt = set.requirements.find((r) => r.action === 'kms:Decrypt')!;
    // ForAnyValue:StringEquals kms:EncryptionContextKeys aws:imagebuilder:arn, aws:CalledVia imagebuilder.amazonaws.com
    assert.deepEqual(decrypt.context, {
      'kms:EncryptionContextKeys': ['aws:imagebuilder:arn'],
      'aws:CalledVia': ['imagebuilder.amazonaws.com'],
    });
    // logs:PutLogEvents acts on log streams: a stream under the /aws/imagebuilder/ log group.
    const put = set.requirements.find((r) => r.action === 'logs:PutLogEvents')!;
    assert.match(
      put.resource,
      /^arn:aws:logs:us-east-1:123456789012:log-group:\/aws\/imagebuilder\/.+:log-stream:.+$/,
    );
    // s3:GetObject on objects of buckets named ec2imagebuilder*
    assert.ok(
      set.requirements.some(
        (r) => r.action === 's3:GetObject' && /^arn:aws:s3:::ec2imagebuilder[^/]*\/.+/.test(r.resource),
      ),
    );
  });
});

describe('a role checked against requirements', () => {
  const role = (attached: string[], inline: IamRole['inline'] = []): IamRole => ({
    name: 'r',
    path: '/',
    arn: `arn:aws:iam::${ACCOUNT}:role/r`,
    trust: {},
    inline,
    attached,
    tags: {},
  });
  const account = (r: IamRole) =>
    new AccountView(
      {
        accountId: ACCOUNT,
        source: 'test',
        users: [],
        groups: [],
        roles: [r],
        instanceProfiles: [],
        policies: [],
      },
      emptyImageBuilderSnapshot(),
    );

  it('has no gap with the managed policy attached, or with a custom policy granting more', () => {
    const perms = new Permissions(new PrincipalSets(new PolicyCache(new AwsManagedPolicies())));
    const set = managed('AmazonSSMManagedInstanceCore');
    const withManaged = role(['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore']);
    assert.equal(
      perms.gap(account(withManaged), { kind: 'role', entity: withManaged }, set).missing.length,
      0,
    );
    const custom = role(
      [],
      [
        {
          name: 'c',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: ['ssm:*', 'ssmmessages:*', 'ec2messages:*'], Resource: '*' },
            ],
          },
        },
      ],
    );
    assert.equal(perms.gap(account(custom), { kind: 'role', entity: custom }, set).missing.length, 0);
  });

  it('lacks what an explicit Deny removes', () => {
    const perms = new Permissions(new PrincipalSets(new PolicyCache(new AwsManagedPolicies())));
    const set = managed('AmazonSSMManagedInstanceCore');
    const denied = role(
      ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore'],
      [
        {
          name: 'd',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Deny', Action: 'ssmmessages:*', Resource: '*' }],
          },
        },
      ],
    );
    const gap = perms.gap(account(denied), { kind: 'role', entity: denied }, set);
    assert.deepEqual([...new Set(gap.missing.map((m) => m.requirement.action))].sort(), [
      'ssmmessages:CreateControlChannel',
      'ssmmessages:CreateDataChannel',
      'ssmmessages:OpenControlChannel',
      'ssmmessages:OpenDataChannel',
    ]);
    assert.ok(gap.missing.every((m) => m.decision.decision === 'ExplicitDeny'));
  });
});
