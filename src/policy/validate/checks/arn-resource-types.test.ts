/**
 * Resource ARNs against their service's ARN formats.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-arn-resource
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-region-not-allowed
 *   ("IAM is a global service. The Region portion of an IAM resource ARN is always kept blank")
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-arn-account-not-allowed
 *   ("Amazon S3 does not support an account ID as a namespace in bucket ARNs")
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-arn-region
 * Image Builder ARN formats: shared/reference/imagebuilder-authorization-reference.md
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, findingsOf } from '../testing.js';

const codesFor = (resource: string): string[] =>
  findingsOf(allowPolicy({ Action: '*', Resource: resource })).map((f) => f.issueCode);

describe('INVALID_ARN_RESOURCE', () => {
  it('reports a resource part that fits no resource type of the service', () => {
    assert.deepEqual(codesFor('arn:aws:imagebuilder:us-east-1:111122223333:frobnicator/x'), [
      'INVALID_ARN_RESOURCE',
    ]);
  });

  it('accepts resource parts of known types, with wildcards', () => {
    for (const arn of [
      'arn:aws:imagebuilder:us-east-1:111122223333:image/web-server/1.0.0/1',
      'arn:aws:imagebuilder:*:*:component/*',
      'arn:aws:imagebuilder:us-east-1:111122223333:*',
      'arn:aws:sns:*:*:*imagebuilder*',
      'arn:aws:logs:*:*:log-group:/aws/imagebuilder/*',
    ]) {
      assert.deepEqual(codesFor(arn), [], arn);
    }
  });
});

describe('Region and account components', () => {
  it('reports a Region in an IAM ARN', () => {
    assert.deepEqual(codesFor('arn:aws:iam:us-east-1:111122223333:role/builder'), ['ARN_REGION_NOT_ALLOWED']);
  });

  it('reports an account ID in an S3 bucket ARN', () => {
    assert.deepEqual(codesFor('arn:aws:s3::111122223333:amzn-s3-demo-bucket'), ['ARN_ACCOUNT_NOT_ALLOWED']);
  });

  it('reports a missing Region where every fitting format has one', () => {
    assert.deepEqual(codesFor('arn:aws:imagebuilder::111122223333:image/web-server/1.0.0/1'), [
      'MISSING_ARN_REGION',
    ]);
  });

  it('accepts an empty account, as AWS-owned resources have', () => {
    assert.deepEqual(codesFor('arn:aws:ssm:*::document/AWS-RunShellScript'), []);
  });

  it('accepts the components the formats use, and wildcards in them', () => {
    for (const arn of [
      'arn:aws:iam::111122223333:role/builder',
      'arn:aws:s3:::amzn-s3-demo-bucket',
      'arn:aws:s3::*:*imagebuilder*',
      'arn:aws:ec2:*::image/*',
      'arn:aws:ec2:us-east-1:111122223333:instance/*',
    ]) {
      assert.deepEqual(codesFor(arn), [], arn);
    }
  });

  it('leaves services the catalogue does not know alone', () => {
    assert.deepEqual(codesFor('arn:aws:nosuchservice:us-east-1:111122223333:thing/x'), []);
  });
});
