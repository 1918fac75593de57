// The Create role wizard's trust policies, as the IAM console and the seeds write them:
// an AWS service (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html),
// an AWS account with an optional external ID (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html)
// or MFA (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html),
// and CreateRole's limits (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  choicesError,
  DEFAULT_CHOICES,
  entityFromChoices,
  roleDetailsErrors,
  trustedEntityError,
  trustPolicyFor,
  trustsEc2,
} from '../src/pages/iam/role-create-model.js';

const THIS = '123456789012';
const details = { name: 'MyInstanceRole', path: '/', description: '', maxSessionDuration: 3600, tags: [] };

describe('trustPolicyFor', () => {
  it('lets EC2 assume the role for the AWS service EC2 (the seeds’ instance role)', () => {
    const entity = entityFromChoices(DEFAULT_CHOICES, THIS);
    assert.deepEqual(JSON.parse(trustPolicyFor(entity)), {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com'] }, Action: ['sts:AssumeRole'] },
      ],
    });
    assert.equal(trustsEc2(entity), true);
  });

  it('lets Image Builder assume the role for the service imagebuilder.amazonaws.com', () => {
    const entity = entityFromChoices({ ...DEFAULT_CHOICES, service: 'imagebuilder.amazonaws.com' }, THIS);
    assert.deepEqual(JSON.parse(trustPolicyFor(entity)).Statement[0].Principal, {
      Service: ['imagebuilder.amazonaws.com'],
    });
    assert.equal(trustsEc2(entity), false);
  });

  it('takes several typed service principals (the seeds’ ssm + ec2 trust)', () => {
    const entity = entityFromChoices(
      { ...DEFAULT_CHOICES, service: 'other', otherServices: 'ssm.amazonaws.com, ec2.amazonaws.com' },
      THIS,
    );
    assert.deepEqual(entity, { kind: 'service', services: ['ssm.amazonaws.com', 'ec2.amazonaws.com'] });
    assert.equal(trustsEc2(entity), true);
  });

  it('trusts an account’s root, with sts:ExternalId and MFA conditions when asked', () => {
    const entity = entityFromChoices(
      {
        ...DEFAULT_CHOICES,
        kind: 'account',
        accountChoice: 'other',
        accountId: '444455556666',
        requireExternalId: true,
        externalId: 'Unique1',
        requireMfa: true,
      },
      THIS,
    );
    assert.deepEqual(JSON.parse(trustPolicyFor(entity)).Statement, [
      {
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'sts:ExternalId': 'Unique1' },
          Bool: { 'aws:MultiFactorAuthPresent': 'true' },
        },
      },
    ]);
  });

  it('uses the signed-in account for "This account", without conditions unless asked', () => {
    const entity = entityFromChoices({ ...DEFAULT_CHOICES, kind: 'account' }, THIS);
    assert.deepEqual(JSON.parse(trustPolicyFor(entity)).Statement[0], {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${THIS}:root` },
      Action: 'sts:AssumeRole',
    });
  });

  it('starts a custom trust policy from the console’s sample', () => {
    const policy = JSON.parse(trustPolicyFor({ kind: 'custom' }));
    assert.equal(policy.Statement[0].Action, 'sts:AssumeRole');
  });
});

describe('errors', () => {
  it('refuses a service that is not a service principal and an account ID that is not 12 digits', () => {
    assert.match(trustedEntityError({ kind: 'service', services: ['ec2'] }) ?? '', /not a service principal/);
    assert.ok(trustedEntityError({ kind: 'service', services: [] }));
    assert.ok(trustedEntityError({ kind: 'account', accountId: '12345', externalId: '', requireMfa: false }));
    assert.equal(trustedEntityError({ kind: 'service', services: ['ec2.amazonaws.com.cn'] }), undefined);
  });

  it('asks for the external ID when it is required', () => {
    assert.ok(choicesError({ ...DEFAULT_CHOICES, kind: 'account', requireExternalId: true }, THIS));
    assert.equal(choicesError({ ...DEFAULT_CHOICES, kind: 'account' }, THIS), undefined);
  });

  it('checks the role name, path and maximum session duration against CreateRole’s limits', () => {
    assert.deepEqual(roleDetailsErrors(details), []);
    assert.equal(roleDetailsErrors({ ...details, name: 'has space' }).length, 1);
    assert.equal(roleDetailsErrors({ ...details, name: 'x'.repeat(65) }).length, 1);
    assert.equal(roleDetailsErrors({ ...details, name: 'a+=,.@_-b' }).length, 0);
    assert.equal(roleDetailsErrors({ ...details, path: 'service-role' }).length, 1);
    assert.equal(roleDetailsErrors({ ...details, path: '/service-role/' }).length, 0);
    assert.equal(roleDetailsErrors({ ...details, maxSessionDuration: 43201 }).length, 1);
    assert.equal(roleDetailsErrors({ ...details, maxSessionDuration: 43200 }).length, 0);
    assert.equal(roleDetailsErrors({ ...details, tags: [{ key: ' ', value: 'v' }] }).length, 1);
  });
});
