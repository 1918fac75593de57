/**
 * Policy size quotas: managed policies 6,144 characters and role trust policies 2,048 by default,
 * whitespace not counted.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-policy-size-exceeds-identity-policy-quota
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { policyOf, withCode } from '../testing.js';
import { policySize } from './policy-size.js';

/** A policy with n distinct, valid statements. */
const manyStatements = (n: number): string =>
  policyOf(
    ...Array.from({ length: n }, (_, i) => ({
      Sid: `Read${i}`,
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: `arn:aws:s3:::amzn-s3-demo-bucket/folder-${i}/*`,
    })),
  );

describe('policySize', () => {
  it('ignores whitespace between tokens but counts it inside strings', () => {
    assert.equal(policySize('{ "a" : "b c" }'), '{"a":"b c"}'.length);
    assert.equal(policySize('{\n\t"a\\"b": 1\r\n}'), '{"a\\"b":1}'.length);
  });
});

describe('POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA', () => {
  it('warns when the identity policy exceeds 6,144 characters', () => {
    const text = manyStatements(80);
    assert.ok(policySize(text) > 6144);
    const [finding] = withCode(text, 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA');
    assert.equal(finding?.findingType, 'WARNING');
    assert.match(
      finding?.message ?? '',
      new RegExp(
        `^The ${policySize(text)} characters in the identity policy, excluding whitespace, exceed the 6144 character maximum`,
      ),
    );
  });

  it('does not count indentation', () => {
    const text = manyStatements(50);
    assert.ok(text.length > 6144 && policySize(text) <= 6144);
    assert.deepEqual(withCode(text, 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA'), []);
  });
});

describe('POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA', () => {
  const trust = (accounts: number): string =>
    policyOf({
      Effect: 'Allow',
      Principal: {
        AWS: Array.from({ length: accounts }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`),
      },
      Action: 'sts:AssumeRole',
    });

  it('warns when a trust policy exceeds 2,048 characters', () => {
    assert.equal(
      withCode(trust(80), 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA', 'trust')[0]?.findingType,
      'WARNING',
    );
  });

  it('accepts a small trust policy', () => {
    assert.deepEqual(withCode(trust(2), 'POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA', 'trust'), []);
  });
});
