/**
 * REDUNDANT_ACTION, REDUNDANT_RESOURCE and REDUNDANT_STATEMENT, with the check reference's own examples.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-action
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-resource
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-statement
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, policyOf, withCode } from '../testing.js';

describe('REDUNDANT_ACTION', () => {
  it('reports iam:GetCredentialReport beside iam:Get*', () => {
    const text = allowPolicy({ Action: ['iam:Get*', 'iam:List*', 'iam:GetCredentialReport'] });
    const findings = withCode(text, 'REDUNDANT_ACTION');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.findingType, 'SUGGESTION');
    assert.deepEqual(findings[0]?.path, ['Statement', 0, 'Action', 2]);
    assert.equal(
      findings[0]?.message,
      'The 1 action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: iam:GetCredentialReport.',
    );
  });

  it('does not report iam:*CredentialReport beside iam:Get*, which also names GenerateCredentialReport', () => {
    assert.deepEqual(
      withCode(allowPolicy({ Action: ['iam:Get*', 'iam:*CredentialReport'] }), 'REDUNDANT_ACTION'),
      [],
    );
  });

  it('reports duplicates (in any case) and everything beside *', () => {
    const duplicate = withCode(
      allowPolicy({ Action: ['imagebuilder:GetImage', 'IMAGEBUILDER:getimage'] }),
      'REDUNDANT_ACTION',
    );
    assert.deepEqual(duplicate[0]?.path, ['Statement', 0, 'Action', 1]);
    const star = withCode(allowPolicy({ Action: ['s3:GetObject', '*', 'ec2:*'] }), 'REDUNDANT_ACTION');
    assert.match(star[0]?.message ?? '', /^The 2 action\(s\)/);
  });
});

describe('REDUNDANT_RESOURCE', () => {
  it('reports the jane-* roles beside role/jane*', () => {
    const text = allowPolicy({
      Action: 'iam:GetRole',
      Resource: [
        'arn:aws:iam::111122223333:role/jane-admin',
        'arn:aws:iam::111122223333:role/jane-s3only',
        'arn:aws:iam::111122223333:role/jane*',
      ],
    });
    const findings = withCode(text, 'REDUNDANT_RESOURCE');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.path, ['Statement', 0, 'Resource', 0]);
    assert.match(findings[0]?.message ?? '', /^The 2 resource ARN\(s\) are redundant/);
  });

  it('does not report distinct or overlapping-but-not-covering resources', () => {
    const text = allowPolicy({
      Action: 'iam:GetRole',
      Resource: ['arn:aws:iam::111122223333:role/jane*', 'arn:aws:iam::111122223333:role/*-admin'],
    });
    assert.deepEqual(withCode(text, 'REDUNDANT_RESOURCE'), []);
  });
});

describe('REDUNDANT_STATEMENT', () => {
  const statement = {
    Effect: 'Allow',
    Action: ['imagebuilder:GetImage', 'imagebuilder:ListImages'],
    Resource: '*',
  };

  it('reports a statement identical to an earlier one, whatever its Sid and value order', () => {
    const text = policyOf(statement, {
      Sid: 'Again',
      ...statement,
      Action: ['imagebuilder:ListImages', 'imagebuilder:GetImage'],
    });
    const findings = withCode(text, 'REDUNDANT_STATEMENT');
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]?.path, ['Statement', 1]);
  });

  it('does not report statements that differ', () => {
    const text = policyOf(
      statement,
      { ...statement, Effect: 'Deny' },
      { ...statement, Condition: { Bool: { 'aws:SecureTransport': 'true' } } },
    );
    assert.deepEqual(withCode(text, 'REDUNDANT_STATEMENT'), []);
  });
});
