// Session policy parameters: PolicyArns as `PolicyArns.member.N.arn` (at most 10, each an arnType) and the
// inline Policy's 2,048-character limit and grammar (AssumeRole API reference, Request Parameters).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkInlineSessionPolicy, readPolicyArns } from './session-policies.js';

const arn = (n: number) => ({ arn: `arn:aws:iam::123456789012:policy/P${n}` });

describe('PolicyArns', () => {
  it('reads the ARNs of the listed structures', () => {
    assert.deepEqual(readPolicyArns({ PolicyArns: [arn(1), arn(2)] }), [arn(1).arn, arn(2).arn]);
    assert.deepEqual(readPolicyArns({}), []);
    assert.deepEqual(readPolicyArns({ PolicyArns: '' }), []);
  });

  it('accepts at most 10', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => arn(i));
    assert.throws(() => readPolicyArns({ PolicyArns: eleven }), {
      code: 'ValidationError',
      message:
        "1 validation error detected: Value null at 'policyArns' failed to satisfy constraint: Member must have length less than or equal to 10",
    });
  });

  it('requires each arn to be 20-2048 characters', () => {
    assert.throws(() => readPolicyArns({ PolicyArns: [{ arn: 'arn:short' }, {}] }), {
      code: 'ValidationError',
      message:
        "2 validation errors detected: Value 'arn:short' at 'policyArns.1.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value null at 'policyArns.2.member.arn' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe('inline session policy', () => {
  it('may not exceed 2,048 characters', () => {
    const long = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(2100)}/*` },
      ],
    });
    assert.throws(() => checkInlineSessionPolicy(long), {
      code: 'InvalidParameterValue',
      message: 'Session policy should not exceed 2048 characters',
    });
  });

  it('must be a valid session policy', () => {
    assert.throws(() => checkInlineSessionPolicy('not json'), { code: 'MalformedPolicyDocument' });
    assert.throws(
      () =>
        checkInlineSessionPolicy(
          JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] }),
        ),
      { code: 'MalformedPolicyDocument' },
    );
    assert.doesNotThrow(() =>
      checkInlineSessionPolicy(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        }),
      ),
    );
  });
});
