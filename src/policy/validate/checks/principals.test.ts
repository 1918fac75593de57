/**
 * Principal checks.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-allow-with-not-principal
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-restrict-access-to-service-principal
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-invalid-role-reference
 * Image Builder lifecycle role trust policy with aws:SourceAccount / aws:SourceArn: seed 002 (Image Builder user guide).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policyOf, withCode } from '../testing.js';

const S3_OBJECTS = 'arn:aws:s3:::amzn-s3-demo-bucket/*';

describe('ALLOW_WITH_NOT_PRINCIPAL', () => {
  it('warns about Allow with NotPrincipal', () => {
    const text = policyOf({
      Effect: 'Allow',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: S3_OBJECTS,
    });
    const [finding] = withCode(text, 'ALLOW_WITH_NOT_PRINCIPAL', 'resource');
    assert.equal(finding?.findingType, 'SECURITY_WARNING');
    assert.deepEqual(finding?.path, ['Statement', 0, 'NotPrincipal']);
  });

  it('accepts Deny with NotPrincipal', () => {
    const text = policyOf({
      Effect: 'Deny',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: S3_OBJECTS,
    });
    assert.deepEqual(withCode(text, 'ALLOW_WITH_NOT_PRINCIPAL', 'resource'), []);
  });
});

describe('RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', () => {
  const trust = (condition?: object): string =>
    policyOf({
      Effect: 'Allow',
      Principal: { Service: 'imagebuilder.amazonaws.com' },
      Action: 'sts:AssumeRole',
      ...(condition ? { Condition: condition } : {}),
    });

  it('warns about a service principal without a source condition', () => {
    const [finding] = withCode(trust(), 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'trust');
    assert.equal(finding?.findingType, 'SECURITY_WARNING');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Principal', 'Service']);
    const bucketPolicy = policyOf({
      Effect: 'Allow',
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Resource: S3_OBJECTS,
    });
    assert.equal(withCode(bucketPolicy, 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'resource').length, 1);
  });

  it('accepts aws:SourceAccount / aws:SourceArn conditions (the Image Builder lifecycle trust policy)', () => {
    const condition = {
      StringEquals: { 'aws:SourceAccount': '444455556666' },
      StringLike: { 'aws:SourceArn': 'arn:*:imagebuilder:*:*:image/*/*/*' },
    };
    assert.deepEqual(withCode(trust(condition), 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'trust'), []);
  });

  it('accepts the EC2 instance role trust policy and AWS principals', () => {
    const ec2 = policyOf({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    assert.deepEqual(withCode(ec2, 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'trust'), []);
    const account = policyOf({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
    });
    assert.deepEqual(withCode(account, 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'trust'), []);
  });
});

describe('INVALID_ROLE_REFERENCE and INVALID_USER_REFERENCE', () => {
  it('warns about unique IDs in the Principal element', () => {
    const text = policyOf({
      Effect: 'Allow',
      Principal: { AWS: ['AROADBQP57FF2AEXAMPLE', 'AIDACKCEVSQ6C2EXAMPLE'] },
      Action: 'sts:AssumeRole',
    });
    const [role] = withCode(text, 'INVALID_ROLE_REFERENCE', 'trust');
    assert.equal(
      role?.message,
      'The Principal element includes the IAM role ID AROADBQP57FF2AEXAMPLE. We recommend that you use a role ARN instead.',
    );
    assert.deepEqual(role?.path, ['Statement', 0, 'Principal', 'AWS', 0]);
    assert.equal(withCode(text, 'INVALID_USER_REFERENCE', 'trust')[0]?.findingType, 'WARNING');
  });

  it('accepts ARNs and account IDs', () => {
    const text = policyOf({
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam::111122223333:role/builder', '111122223333'] },
      Action: 'sts:AssumeRole',
    });
    assert.deepEqual(withCode(text, 'INVALID_ROLE_REFERENCE', 'trust'), []);
    assert.deepEqual(withCode(text, 'INVALID_USER_REFERENCE', 'trust'), []);
  });
});

describe('UNSUPPORTED_WILDCARD_IN_PRINCIPAL', () => {
  it('reports a partial wildcard in a principal ARN', () => {
    const text = policyOf({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:user/*' },
      Action: 's3:GetObject',
      Resource: S3_OBJECTS,
    });
    const [finding] = withCode(text, 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'resource');
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Principal', 'AWS', 0]);
    assert.equal(
      finding?.message,
      'Wildcards (*, ?) are not supported with the principal key AWS. Replace the wildcard with a valid principal value.',
    );
  });

  it('leaves a lone * and exact principals alone', () => {
    const text = policyOf({
      Effect: 'Allow',
      Principal: { AWS: ['*', 'arn:aws:iam::111122223333:user/alice'] },
      Action: 's3:GetObject',
      Resource: S3_OBJECTS,
    });
    assert.deepEqual(withCode(text, 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'resource'), []);
  });
});
