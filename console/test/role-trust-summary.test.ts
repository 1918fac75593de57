// "Trusted entities" read from a trust policy's Principal element:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { trustedEntities } from '../src/pages/iam/role-trust-summary.js';

describe('trustedEntities', () => {
  it('lists the services of the seeds’ InstanceRoleTrustPolicy', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: ['ssm.amazonaws.com', 'ec2.amazonaws.com'] },
          Action: 'sts:AssumeRole',
        },
      ],
    };
    assert.deepEqual(trustedEntities(JSON.stringify(policy)), ['AWS Service: ssm', 'AWS Service: ec2']);
  });

  it('names accounts by root ARN or bare ID, other principals by ARN, and * as anyone', () => {
    const policy = {
      Statement: [
        { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::444455556666:root', '111122223333'] } },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Admin' } },
        { Effect: 'Allow', Principal: '*' },
        { Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' } },
      ],
    };
    assert.deepEqual(trustedEntities(encodeURIComponent(JSON.stringify(policy))), [
      'Account: 444455556666',
      'Account: 111122223333',
      'AWS: arn:aws:iam::111122223333:role/Admin',
      'Anyone (*)',
      'Identity provider: cognito-identity.amazonaws.com',
    ]);
  });

  it('ignores Deny statements and unreadable documents', () => {
    const policy = { Statement: { Effect: 'Deny', Principal: { AWS: '*' } } };
    assert.deepEqual(trustedEntities(JSON.stringify(policy)), []);
    assert.deepEqual(trustedEntities('{'), []);
    assert.deepEqual(trustedEntities(undefined), []);
  });
});
