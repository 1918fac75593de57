/**
 * TYPE_MISMATCH: operator families against key types.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch
 * Key types: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const typeMismatches = (condition: object): string[] =>
  withCode(allowPolicy({ Action: 's3:GetObject', Condition: condition }), 'TYPE_MISMATCH').map(
    (f) => f.message,
  );

describe('TYPE_MISMATCH', () => {
  it('reports a Numeric operator on a String key', () => {
    assert.deepEqual(typeMismatches({ NumericEquals: { 'aws:username': '1' } }), [
      'Use the operator type String instead of operator NumericEquals for the condition key aws:username.',
    ]);
  });

  it('reports a String operator on a Bool key (aws:MultiFactorAuthPresent needs Bool)', () => {
    assert.deepEqual(typeMismatches({ StringEquals: { 'aws:MultiFactorAuthPresent': 'true' } }), [
      'Use the operator type Bool instead of operator StringEquals for the condition key aws:MultiFactorAuthPresent.',
    ]);
  });

  it('reports an IP operator on a String key and a Date operator on a Numeric key', () => {
    assert.equal(typeMismatches({ IpAddress: { 'iam:PassedToService': '203.0.113.0/24' } }).length, 1);
    assert.equal(typeMismatches({ DateGreaterThan: { 'aws:MultiFactorAuthAge': '2024-01-01' } }).length, 1);
  });

  it("accepts matching families, String and ARN operators on each other's keys, and Null everywhere", () => {
    const condition = {
      StringEquals: { 'aws:username': 'alice' },
      StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' },
      ArnLike: {
        'aws:SourceArn': 'arn:aws:imagebuilder:*:111122223333:image/*',
        'kms:EncryptionContext:aws:logs:arn':
          'arn:aws:logs:us-east-1:111122223333:log-group:/aws/imagebuilder/*',
      },
      Bool: { 'aws:SecureTransport': 'true' },
      NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
      DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' },
      IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
      Null: { 'aws:MultiFactorAuthAge': 'false' },
    };
    assert.deepEqual(typeMismatches(condition), []);
  });

  it('accepts Date and Numeric operators on aws:EpochTime', () => {
    assert.deepEqual(typeMismatches({ NumericLessThan: { 'aws:EpochTime': '1700000000' } }), []);
    assert.deepEqual(typeMismatches({ DateLessThan: { 'aws:EpochTime': '2030-01-01' } }), []);
  });

  it('leaves unknown keys alone', () => {
    assert.deepEqual(typeMismatches({ NumericEquals: { 'oidc.example.com:sub': '1' } }), []);
  });
});
