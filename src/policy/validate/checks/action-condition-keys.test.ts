/**
 * UNSUPPORTED_ACTION_FOR_CONDITION_KEY: a service condition key with actions that do not support it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-action-for-condition-key
 * Which keys an action supports: the Condition keys column of the Actions table of each service, e.g.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html#amazons3-actions-as-permissions
 * (s3:prefix is listed for ListBucket, not for GetObject) and
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html#awsidentityandaccessmanagementiam-actions-as-permissions
 * (iam:PassedToService is listed for PassRole only).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const CODE = 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY';

describe('UNSUPPORTED_ACTION_FOR_CONDITION_KEY', () => {
  it('names the actions that do not support the key, at the key', () => {
    const text = allowPolicy({
      Action: ['s3:ListBucket', 's3:GetObject'],
      Condition: { StringLike: { 's3:prefix': 'home/*' } },
    });
    const [finding, ...rest] = withCode(text, CODE);
    assert.equal(rest.length, 0);
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Condition', 'StringLike', 's3:prefix']);
    assert.match(
      finding?.message ?? '',
      /^The following actions: s3:GetObject are not supported by the condition key s3:prefix\./,
    );
  });

  it('reports iam:PassedToService with an IAM action other than PassRole', () => {
    const text = allowPolicy({
      Action: ['iam:PassRole', 'iam:GetRole'],
      Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
    });
    assert.match(withCode(text, CODE)[0]?.message ?? '', /iam:GetRole are not supported/);
  });

  it('accepts keys the action supports directly or through its resource types', () => {
    const cases = [
      { Action: 'iam:PassRole', Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } } },
      {
        Action: 'iam:CreateServiceLinkedRole',
        Condition: { StringLike: { 'iam:AWSServiceName': 'imagebuilder.amazonaws.com' } },
      },
      { Action: 's3:GetObject', Condition: { StringEquals: { 's3:ExistingObjectTag/team': 'a' } } },
      { Action: 'ec2:RunInstances', Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } },
      { Action: 'ec2:TerminateInstances', Condition: { StringEquals: { 'ec2:ResourceTag/env': 'dev' } } },
      { Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } },
    ];
    for (const elements of cases)
      assert.deepEqual(withCode(allowPolicy(elements), CODE), [], JSON.stringify(elements));
  });

  it('leaves global keys, wildcard actions, NotAction, other services and absent-key forms alone', () => {
    const cases = [
      {
        Action: ['kms:Decrypt', 'kms:DescribeKey'],
        Condition: { 'ForAllValues:StringEquals': { 'kms:EncryptionContextKeys': ['aws:imagebuilder:arn'] } },
      },
      {
        Action: ['s3:ListBucket', 's3:GetObject'],
        Condition: { StringLikeIfExists: { 's3:prefix': 'a/*' } },
      },
      { Action: ['s3:ListBucket', 's3:GetObject'], Condition: { Null: { 's3:prefix': 'true' } } },
      { Action: 's3:GetObject', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a' } } },
      { Action: 's3:Get*', Condition: { StringLike: { 's3:prefix': 'a/*' } } },
      { NotAction: 's3:ListBucket', Condition: { StringLike: { 's3:prefix': 'a/*' } } },
      {
        Action: 'ec2:CreateSnapshot',
        Condition: { ArnLike: { 'lambda:SourceFunctionArn': 'arn:aws:lambda:*:*:function:f' } },
      },
      {
        Action: 'ec2:CreateSnapshots',
        Condition: { ArnLike: { 'ec2:SourceInstanceARN': 'arn:aws:ec2:*:*:instance/i-1' } },
      },
    ];
    for (const elements of cases)
      assert.deepEqual(withCode(allowPolicy(elements), CODE), [], JSON.stringify(elements));
  });
});
