// The AWS managed policy that would grant a refused request, found by evaluating each candidate with the
// engine: the documents are the AWS managed policies themselves (catalogue), the expectations are what
// their statements say (https://docs.aws.amazon.com/imagebuilder/latest/userguide/security-iam-awsmanpol.html,
// https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSSMManagedInstanceCore.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import type { RoleRecord } from '../../../store/records.js';
import { grantingManagedPolicy } from './managed-policy-hint.js';
import { MANAGED_POLICIES, roleActor } from './principals.js';

const aws = new AwsManagedPolicies();
const NOW = new Date('2025-01-01T00:00:00Z');
const role: RoleRecord = {
  accountId: '123456789012',
  name: 'InstanceRole',
  id: 'AROAEXAMPLEEXAMPLE123',
  path: '/',
  arn: 'arn:aws:iam::123456789012:role/InstanceRole',
  createDate: NOW.toISOString(),
  assumeRolePolicyDocument: '{}',
  maxSessionDuration: 3600,
  tags: [],
  attachedPolicies: [],
  inlinePolicies: [],
};
const instance = roleActor(role, 'i-0123456789abcdef0', 'the instance profile role', [
  MANAGED_POLICIES.instanceProfile,
  MANAGED_POLICIES.ssmCore,
  MANAGED_POLICIES.ecrContainerBuilds,
]);
const hint = (action: string, resource: string, context = {}) =>
  grantingManagedPolicy(aws, instance, { action, resource, context }, 'us-east-1', NOW);

describe('managed policy hint', () => {
  it('names AmazonSSMManagedInstanceCore for the SSM Agent', () => {
    assert.equal(hint('ssm:UpdateInstanceInformation', '*'), MANAGED_POLICIES.ssmCore);
    assert.equal(hint('ssmmessages:OpenControlChannel', '*'), MANAGED_POLICIES.ssmCore);
  });

  it('names EC2InstanceProfileForImageBuilder for components and logs under /aws/imagebuilder/', () => {
    assert.equal(
      hint('imagebuilder:GetComponent', 'arn:aws:imagebuilder:us-east-1:123456789012:component/c/1.0.0/1'),
      MANAGED_POLICIES.instanceProfile,
    );
    assert.equal(
      hint(
        'logs:PutLogEvents',
        'arn:aws:logs:us-east-1:123456789012:log-group:/aws/imagebuilder/web:log-stream:1.0.0/1',
      ),
      MANAGED_POLICIES.instanceProfile,
    );
  });

  it('names EC2InstanceProfileForImageBuilderECRContainerBuilds for pushing to ECR', () => {
    assert.equal(
      hint('ecr:PutImage', 'arn:aws:ecr:us-east-1:123456789012:repository/web'),
      MANAGED_POLICIES.ecrContainerBuilds,
    );
  });

  it('evaluates conditions: kms:Decrypt only when called via Image Builder', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    assert.equal(hint('kms:Decrypt', key), undefined);
    assert.equal(
      hint('kms:Decrypt', key, {
        'aws:CalledVia': ['imagebuilder.amazonaws.com'],
        'kms:EncryptionContextKeys': ['aws:imagebuilder:arn'],
      }),
      MANAGED_POLICIES.instanceProfile,
    );
  });

  it('names none for a log bucket of the customer', () => {
    assert.equal(hint('s3:PutObject', 'arn:aws:s3:::my-build-logs/imagebuilder/log.txt'), undefined);
  });
});
