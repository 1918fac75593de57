// PolicyExclusionList: which of a principal's policies an identifier leaves out of a simulation.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PolicyIdentifier.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PolicySetInput } from '../../../policy/authorize/policy-set.js';
import { applyExclusions, readExclusions } from './simulation-exclusions.js';

const document = { statements: [] };
const policies: PolicySetInput = {
  identity: [
    { id: 'arn:aws:iam::123456789012:user/alice#inline-one', document },
    { id: 'arn:aws:iam::123456789012:group/dev-team#team-policy', document },
    { id: 'arn:aws:iam::aws:policy/AWSImageBuilderFullAccess', document },
    { id: 'arn:aws:iam::123456789012:policy/Readers', document },
  ],
  boundary: { id: 'arn:aws:iam::aws:policy/AWSImageBuilderReadOnlyAccess', document },
};
const kept = (list: object[]) => {
  const out = applyExclusions(policies, readExclusions({ PolicyExclusionList: list as never }));
  return [
    ...(out.identity ?? []).map((p) => p.id.replace(/^.*[/#]/, '')),
    ...(out.boundary ? ['boundary'] : []),
  ];
};

describe('PolicyExclusionList', () => {
  it('excludes by policy type', () => {
    assert.deepEqual(kept([{ PolicyType: 'inline' }]), ['AWSImageBuilderFullAccess', 'Readers', 'boundary']);
    assert.deepEqual(kept([{ PolicyType: 'aws-managed' }]), [
      'inline-one',
      'team-policy',
      'Readers',
      'boundary',
    ]);
    assert.deepEqual(kept([{ PolicyType: 'user-managed' }, { PolicyType: 'permission-boundary' }]), [
      'inline-one',
      'team-policy',
      'AWSImageBuilderFullAccess',
    ]);
  });

  it('excludes managed policies by ARN, with wildcards in the name', () => {
    assert.deepEqual(kept([{ PolicyArn: 'arn:aws:iam::aws:policy/AWSImage?uilder*' }]), [
      'inline-one',
      'team-policy',
      'Readers',
      'boundary',
    ]);
  });

  it('excludes inline policies by name and entity', () => {
    const identifier = { PolicyName: 'team-policy', AttachmentType: 'group', AttachmentName: 'dev-*' };
    assert.deepEqual(kept([{ InlinePolicyIdentifier: identifier }]), [
      'inline-one',
      'AWSImageBuilderFullAccess',
      'Readers',
      'boundary',
    ]);
    const wrongType = { ...identifier, AttachmentType: 'user' };
    assert.equal(kept([{ InlinePolicyIdentifier: wrongType }]).length, 5);
  });

  it('rejects malformed identifiers', () => {
    assert.throws(
      () => readExclusions({ PolicyExclusionList: [{ PolicyArn: 'arn:aws:iam::aws:policy/*a*' }] }),
      {
        code: 'InvalidInput',
      },
    );
    assert.throws(() => readExclusions({ PolicyExclusionList: [{ PolicyType: 'everything' }] }), {
      code: 'InvalidInput',
    });
    assert.throws(() => readExclusions({ PolicyExclusionList: [{}] }), { code: 'InvalidInput' });
  });
});
