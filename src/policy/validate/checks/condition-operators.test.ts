/**
 * Condition operators and set qualifiers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-condition-operator
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-null-with-if-exists
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-null-with-qualifier
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-forallvalues-with-single-valued-key
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-qualifier
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, findingsOf, withCode } from '../testing.js';

const withCondition = (condition: object): string =>
  allowPolicy({ Action: 's3:GetObject', Condition: condition });

describe('INVALID_CONDITION_OPERATOR', () => {
  it('reports an unknown operator once, at the operator', () => {
    const text = withCondition({ StringEqualz: { 'aws:username': 'alice', 'aws:userid': 'x' } });
    const findings = withCode(text, 'INVALID_CONDITION_OPERATOR');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.findingType, 'ERROR');
    assert.deepEqual(findings[0]?.path, ['Statement', 0, 'Condition', 'StringEqualz']);
    assert.equal(
      findings[0]?.message,
      'The condition operator StringEqualz is not valid. Use a valid condition operator.',
    );
  });

  it('reports an unknown qualifier and an operator spelt in another case', () => {
    assert.equal(
      withCode(
        withCondition({ 'ForSomeValues:StringEquals': { 'aws:TagKeys': 'x' } }),
        'INVALID_CONDITION_OPERATOR',
      ).length,
      1,
    );
    assert.equal(
      withCode(withCondition({ stringEquals: { 'aws:username': 'x' } }), 'INVALID_CONDITION_OPERATOR').length,
      1,
    );
  });

  it('accepts documented operators with qualifiers and IfExists', () => {
    const text = withCondition({
      StringLikeIfExists: { 'aws:username': 'a*' },
      'ForAnyValue:StringEquals': { 'aws:TagKeys': 'Env' },
      ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/x' },
    });
    assert.deepEqual(findingsOf(text), []);
  });
});

describe('NULL_WITH_IF_EXISTS and NULL_WITH_QUALIFIER', () => {
  it('reports NullIfExists as an error', () => {
    const [finding] = withCode(
      withCondition({ NullIfExists: { 'aws:username': 'true' } }),
      'NULL_WITH_IF_EXISTS',
    );
    assert.equal(finding?.findingType, 'ERROR');
  });

  it('suggests not to qualify Null', () => {
    const [finding] = withCode(
      withCondition({ 'ForAnyValue:Null': { 'aws:TagKeys': 'true' } }),
      'NULL_WITH_QUALIFIER',
    );
    assert.equal(finding?.findingType, 'SUGGESTION');
  });

  it('accepts a plain Null, on single- and multivalued keys', () => {
    assert.deepEqual(
      findingsOf(withCondition({ Null: { 'aws:username': 'true', 'aws:TagKeys': 'false' } })),
      [],
    );
  });
});

describe('FORALLVALUES_WITH_SINGLE_VALUED_KEY', () => {
  it('warns about ForAllValues on a single-valued key', () => {
    const [finding] = withCode(
      withCondition({ 'ForAllValues:StringEquals': { 'aws:username': 'alice' } }),
      'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
    );
    assert.equal(finding?.findingType, 'SECURITY_WARNING');
    assert.equal(
      finding?.message,
      'Using ForAllValues qualifier with the single-valued condition key aws:username can be overly permissive. We recommend that you remove ForAllValues:.',
    );
  });

  it('accepts ForAllValues on a multivalued key and ForAnyValue on a single-valued one', () => {
    const text = withCondition({
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['Env', 'Team'] },
      'ForAnyValue:StringEquals': { 'ec2:ResourceTag/CreatedBy': 'EC2 Image Builder' },
    });
    assert.deepEqual(findingsOf(text), []);
  });
});

describe('MISSING_QUALIFIER', () => {
  it('reports a multivalued key without ForAllValues or ForAnyValue', () => {
    const [finding] = withCode(
      withCondition({ StringEquals: { 'aws:TagKeys': 'Env' } }),
      'MISSING_QUALIFIER',
    );
    assert.equal(finding?.findingType, 'ERROR');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Condition', 'StringEquals', 'aws:TagKeys']);
  });

  it('accepts single-valued keys without a qualifier', () => {
    assert.deepEqual(
      withCode(withCondition({ StringEquals: { 'aws:username': 'alice' } }), 'MISSING_QUALIFIER'),
      [],
    );
  });
});
