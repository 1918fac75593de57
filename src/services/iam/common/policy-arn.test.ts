// Managed policy ARNs: customer managed (12-digit account) and AWS managed (`aws`), with paths; anything
// else is InvalidInput `ARN <arn> is not valid.`
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicyArn } from './policy-arn.js';

describe('parsePolicyArn', () => {
  it('reads account, path and name', () => {
    assert.deepEqual(parsePolicyArn('arn:aws:iam::123456789012:policy/team/a/Readers'), {
      arn: 'arn:aws:iam::123456789012:policy/team/a/Readers',
      account: '123456789012',
      path: '/team/a/',
      name: 'Readers',
      awsManaged: false,
    });
    const aws = parsePolicyArn(
      'arn:aws:iam::aws:policy/service-role/EC2ImageBuilderLifecycleExecutionPolicy',
    );
    assert.equal(aws.awsManaged, true);
    assert.equal(aws.path, '/service-role/');
  });

  it('rejects other ARNs with AWS’s message', () => {
    for (const arn of [
      'arn:aws:iam::123456789012:role/Readers',
      'arn:aws:iam::12345:policy/Readers',
      'arn:aws:iam::aws:policy/arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess',
      'arn:aws:iam::123456789012:policy/',
    ]) {
      assert.throws(() => parsePolicyArn(arn), { code: 'InvalidInput', message: `ARN ${arn} is not valid.` });
    }
  });
});
