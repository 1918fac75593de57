// PackedPolicySize estimate: AWS's own example (IAM UG, "Requesting temporary security credentials":
// a one-statement policy and two session tags report 8) and the over-100% failure.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPackedSize, packedSize } from './packed-size.js';

const EXAMPLE_POLICY =
  '{"Version":"2012-10-17","Statement":[{"Sid":"Stmt1","Effect":"Allow","Action":"s3:*","Resource":"*"}]}';

describe('packed size', () => {
  it('is 0 when nothing is passed', () => {
    assert.equal(packedSize({ policyArns: [], tags: [] }).percent, 0);
  });

  it("matches AWS's documented example", () => {
    const tags = [
      { Key: 'Project', Value: 'Pegasus' },
      { Key: 'Cost-Center', Value: '12345' },
    ];
    assert.equal(checkPackedSize({ policy: EXAMPLE_POLICY, policyArns: [], tags }), 8);
  });

  it('fails over 100% with the session-tags message when tags weigh most', () => {
    const tags = Array.from({ length: 50 }, (_, i) => ({
      Key: `key-${i}-${'k'.repeat(100)}`,
      Value: 'v'.repeat(200),
    }));
    assert.throws(() => checkPackedSize({ policyArns: [], tags }), {
      code: 'PackedPolicyTooLarge',
      message: /^Packed size of session tags consumes \d+% of allotted space\.$/,
    });
  });
});
