// Contexts that satisfy a Condition block, per operator family of the IAM User Guide:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ConditionEntry } from '../../policy/document/ast.js';
import { fillGlob, satisfyingContext, substituteVariables } from './satisfy-conditions.js';

const entry = (operator: string, key: string, ...values: string[]): ConditionEntry => ({
  operator,
  key,
  values,
  path: [],
});

describe('satisfyingContext', () => {
  it('gives each operator family a value that makes it true', () => {
    const context = satisfyingContext(
      [
        entry('StringEquals', 'aws:RequestTag/CreatedBy', 'EC2 Image Builder'),
        entry('StringLike', 'kms:ViaService', 'ec2.*.amazonaws.com'),
        entry('ForAllValues:StringEquals', 'aws:TagKeys', 'DeprecatedBy'),
        entry('Bool', 'kms:GrantIsForAWSResource', 'true'),
        entry('NumericLessThan', 's3:max-keys', '10'),
        entry('IpAddress', 'aws:SourceIp', '203.0.113.0/24'),
        entry('StringNotEquals', 'aws:PrincipalTag/team', 'blocked'),
        entry('Null', 'aws:TokenIssueTime', 'true'),
      ],
      {},
    );
    assert.equal(context['aws:RequestTag/CreatedBy'], 'EC2 Image Builder');
    assert.match(String(context['kms:ViaService']), /^ec2\.[^.]+\.amazonaws\.com$/);
    assert.deepEqual(context['aws:TagKeys'], ['DeprecatedBy']);
    assert.equal(context['kms:GrantIsForAWSResource'], 'true');
    assert.equal(context['s3:max-keys'], '9');
    assert.equal(context['aws:SourceIp'], '203.0.113.0');
    assert.notEqual(context['aws:PrincipalTag/team'], 'blocked');
    assert.equal('aws:TokenIssueTime' in context, false);
  });

  it('resolves policy variables it knows', () => {
    const context = satisfyingContext(
      [entry('StringEquals', 's3:ResourceAccount', '${aws:PrincipalAccount}')],
      {
        'aws:principalaccount': '123456789012',
      },
    );
    assert.equal(context['s3:ResourceAccount'], '123456789012');
    assert.equal(substituteVariables("${aws:username, 'nobody'}", {}), 'nobody');
  });
});

describe('fillGlob', () => {
  it('fills a star after a name with a dash, so narrower patterns of the same name match too', () => {
    assert.equal(fillGlob('arn:aws:s3:::ec2imagebuilder*'), 'arn:aws:s3:::ec2imagebuilder-ibiam-doctor');
    assert.equal(fillGlob('/aws/imagebuilder/*'), '/aws/imagebuilder/ibiam-doctor');
    assert.equal(fillGlob('a?c'), 'axc');
  });
});
