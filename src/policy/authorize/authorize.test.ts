// The decision flow: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { policyFromJson } from '../document/parse.js';
import { authorize } from './authorize.js';
import { compilePolicySet, type PolicyInput } from './policy-set.js';

function policy(
  id: string,
  document: unknown,
  type: 'identity' | 'resource' | 'trust' = 'identity',
): PolicyInput {
  const parsed = policyFromJson(document, { type });
  assert.ok(parsed.document, JSON.stringify(parsed.findings));
  return { id, document: parsed.document };
}

const ACCOUNT = '111122223333';
const user = { arn: `arn:aws:iam::${ACCOUNT}:user/alice` };
const session = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Builder/s1`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/Builder`,
};
const allowGet = policy('AllowGet', {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Get', Effect: 'Allow', Action: 'imagebuilder:Get*', Resource: '*' }],
});
const bucket = 'arn:aws:s3:::logs-bucket';

describe('authorize', () => {
  it('denies implicitly when nothing allows, blamed on identity policies', () => {
    const d = authorize({ principal: user, action: 's3:GetObject', resource: '*' }, compilePolicySet({}));
    assert.equal(d.decision, 'ImplicitDeny');
    assert.equal(d.blockedBy, 'identity');
  });

  it('allows through an identity policy and names the deciding statement', () => {
    const d = authorize(
      { principal: user, action: 'ImageBuilder:GetImage', resource: '*' },
      compilePolicySet({ identity: [allowGet] }),
    );
    assert.equal(d.decision, 'Allow');
    assert.deepEqual(
      d.decidingStatements.map((s) => s.sid),
      ['Get'],
    );
  });

  it('lets an explicit deny win over an allow', () => {
    const deny = policy('Deny', {
      Version: '2012-10-17',
      Statement: [{ Sid: 'No', Effect: 'Deny', Action: '*', Resource: '*' }],
    });
    const d = authorize(
      { principal: user, action: 'imagebuilder:GetImage', resource: '*' },
      compilePolicySet({ identity: [allowGet, deny] }),
    );
    assert.equal(d.decision, 'ExplicitDeny');
    assert.equal(d.blockedBy, 'identity');
    assert.deepEqual(
      d.decidingStatements.map((s) => s.sid),
      ['No'],
    );
  });

  it('does not limit the root user with identity policies', () => {
    const d = authorize(
      { principal: { arn: `arn:aws:iam::${ACCOUNT}:root` }, action: 'iam:CreateRole', resource: '*' },
      compilePolicySet({}),
    );
    assert.equal(d.decision, 'Allow');
  });

  // "The principal in a resource-based policy" table of the evaluation-logic page.
  const grantTo = (principal: string) =>
    policy(
      'Bucket',
      {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Grant',
            Effect: 'Allow',
            Principal: { AWS: principal },
            Action: 's3:GetObject',
            Resource: `${bucket}/*`,
          },
        ],
      },
      'resource',
    );
  const boundaryDenyingS3 = policy('Boundary', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
  });

  it('lets a resource policy naming the role session allow despite a boundary', () => {
    const set = compilePolicySet({ resource: grantTo(session.arn), boundary: boundaryDenyingS3 });
    assert.equal(
      authorize({ principal: session, action: 's3:GetObject', resource: `${bucket}/k` }, set).decision,
      'Allow',
    );
  });

  it('limits a resource policy naming the role ARN by the boundary', () => {
    const set = compilePolicySet({ resource: grantTo(session.roleArn), boundary: boundaryDenyingS3 });
    const d = authorize({ principal: session, action: 's3:GetObject', resource: `${bucket}/k` }, set);
    assert.equal(d.decision, 'ImplicitDeny');
    assert.equal(d.blockedBy, 'boundary');
  });

  it('treats a resource policy naming the account as delegation to identity policies', () => {
    const set = compilePolicySet({ resource: grantTo(ACCOUNT) });
    assert.equal(
      authorize({ principal: user, action: 's3:GetObject', resource: `${bucket}/k` }, set).decision,
      'ImplicitDeny',
    );
  });

  it('requires both sides to allow across accounts', () => {
    const other = { arn: 'arn:aws:iam::444455556666:user/bob' };
    const identity = policy('S3', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    const request = {
      principal: other,
      action: 's3:GetObject',
      resource: `${bucket}/k`,
      resourceAccount: ACCOUNT,
    };
    assert.equal(authorize(request, compilePolicySet({ identity: [identity] })).decision, 'ImplicitDeny');
    assert.equal(
      authorize(request, compilePolicySet({ resource: grantTo('444455556666') })).decision,
      'ImplicitDeny',
    );
    assert.equal(
      authorize(request, compilePolicySet({ identity: [identity], resource: grantTo('444455556666') }))
        .decision,
      'Allow',
    );
  });

  it('requires the trust policy to allow sts:AssumeRole even when identity policies allow it', () => {
    const identity = policy('Assume', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
    });
    const trust = policy(
      'Trust',
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      },
      'trust',
    );
    const d = authorize(
      { principal: user, action: 'sts:AssumeRole', resource: `arn:aws:iam::${ACCOUNT}:role/Builder` },
      compilePolicySet({ identity: [identity], trust }),
    );
    assert.equal(d.decision, 'ImplicitDeny');
    assert.equal(d.blockedBy, 'trust');
  });

  it('reports condition keys the request lacked, and a trace on request', () => {
    const conditional = policy('Cond', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ],
    });
    const d = authorize(
      { principal: user, action: 'iam:PassRole', resource: `arn:aws:iam::${ACCOUNT}:role/R` },
      compilePolicySet({ identity: [conditional] }),
      { trace: true },
    );
    assert.equal(d.decision, 'ImplicitDeny');
    assert.deepEqual(d.missingContextKeys, ['iam:passedtoservice']);
    assert.equal(d.trace?.length, 1);
    assert.equal(d.trace?.[0]?.matched, false);
    assert.match(d.trace?.[0]?.reason ?? '', /iam:PassedToService/);
  });
});
