/**
 * The shape of Resource ARNs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-prefix
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-field
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-service-case
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-account
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-wildcard-in-service-name
 * Trailing `*` beyond colons: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const onResource = (resource: string | string[], code: string): string[] =>
  withCode(allowPolicy({ Action: 's3:*', Resource: resource }), code).map((f) => f.message);

describe('INVALID_ARN_PREFIX', () => {
  it('reports a resource that is neither * nor an ARN', () => {
    assert.deepEqual(onResource('amzn-s3-demo-bucket', 'INVALID_ARN_PREFIX'), [
      'Add the required prefix (arn) to the resource ARN.',
    ]);
    assert.equal(onResource('ARN:aws:s3:::amzn-s3-demo-bucket', 'INVALID_ARN_PREFIX').length, 1);
  });

  it('accepts * and ARNs', () => {
    assert.deepEqual(onResource(['*', 'arn:aws:s3:::amzn-s3-demo-bucket'], 'INVALID_ARN_PREFIX'), []);
  });
});

describe('MISSING_ARN_FIELD', () => {
  it('reports an ARN with fewer than six components', () => {
    assert.deepEqual(onResource('arn:aws:s3:amzn-s3-demo-bucket', 'MISSING_ARN_FIELD'), [
      'Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource',
    ]);
  });

  it('accepts a short pattern whose trailing * spans the rest', () => {
    assert.deepEqual(onResource('arn:aws:s3:*', 'MISSING_ARN_FIELD'), []);
  });
});

describe('INVALID_ARN_SERVICE_CASE', () => {
  it('reports an upper-case service', () => {
    assert.deepEqual(onResource('arn:aws:S3:::amzn-s3-demo-bucket', 'INVALID_ARN_SERVICE_CASE'), [
      'Update the service name S3 in the resource ARN to use all lowercase letters.',
    ]);
    assert.deepEqual(onResource('arn:aws:s3:::amzn-s3-demo-bucket', 'INVALID_ARN_SERVICE_CASE'), []);
  });
});

describe('INVALID_ARN_ACCOUNT', () => {
  it('reports an account that is not 12 digits', () => {
    const findings = withCode(
      allowPolicy({ Action: 'iam:GetRole', Resource: 'arn:aws:iam::12345:role/builder' }),
      'INVALID_ARN_ACCOUNT',
    );
    assert.equal(findings[0]?.findingType, 'ERROR');
    assert.equal(
      findings[0]?.message,
      'The resource ARN account ID 12345 is not valid. Provide a 12-digit account ID.',
    );
  });

  it('accepts 12 digits, wildcards, aws-owned resources and empty accounts', () => {
    const resources = [
      'arn:aws:iam::111122223333:role/builder',
      'arn:aws:iam::*:role/builder',
      'arn:aws:iam::aws:policy/AWSImageBuilderReadOnlyAccess',
      'arn:aws:s3:::amzn-s3-demo-bucket',
    ];
    assert.deepEqual(
      withCode(allowPolicy({ Action: 'iam:*', Resource: resources }), 'INVALID_ARN_ACCOUNT'),
      [],
    );
  });
});

describe('WILDCARD_IN_SERVICE_NAME (resources)', () => {
  it('suggests not to use wildcards in the service of an ARN (the reference example)', () => {
    const findings = withCode(
      allowPolicy({ Action: 's3:*', Resource: 'arn:aws:*code*::111122223333:*' }),
      'WILDCARD_IN_SERVICE_NAME',
    );
    assert.equal(findings[0]?.findingType, 'SUGGESTION');
    assert.deepEqual(findings[0]?.path, ['Statement', 0, 'Resource', 0]);
  });
});
