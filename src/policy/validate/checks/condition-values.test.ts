/**
 * Condition values the operator cannot read, or reads otherwise than meant.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch-boolean
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch-number
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-type-mismatch-date
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-invalid-date-value
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-condition-value-num
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-general-warning-wildcard-without-like-operator
 * BinaryEquals example value: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const withCondition = (condition: object): string =>
  allowPolicy({ Action: 's3:GetObject', Condition: condition });

describe('TYPE_MISMATCH_BOOLEAN', () => {
  it('reports values of Bool and Null that are not true or false', () => {
    const text = withCondition({ Bool: { 'aws:SecureTransport': 'yes' }, Null: { 'aws:username': 'maybe' } });
    const findings = withCode(text, 'TYPE_MISMATCH_BOOLEAN');
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        'Add a valid Boolean value (true or false) for the condition operator Bool.',
        'Add a valid Boolean value (true or false) for the condition operator Null.',
      ],
    );
    assert.deepEqual(findings[0]?.path, ['Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport', 0]);
  });

  it('accepts JSON booleans and the strings true and false', () => {
    const text = withCondition({ Bool: { 'aws:SecureTransport': true }, Null: { 'aws:username': 'false' } });
    assert.deepEqual(withCode(text, 'TYPE_MISMATCH_BOOLEAN'), []);
  });
});

describe('INVALID_CONDITION_MULTIPLE_BOOLEAN', () => {
  it('reports several values for Bool', () => {
    const text = withCondition({ Bool: { 'aws:SecureTransport': ['true', 'false'] } });
    assert.equal(withCode(text, 'INVALID_CONDITION_MULTIPLE_BOOLEAN')[0]?.findingType, 'ERROR');
    assert.deepEqual(
      withCode(
        withCondition({ Bool: { 'aws:SecureTransport': ['true'] } }),
        'INVALID_CONDITION_MULTIPLE_BOOLEAN',
      ),
      [],
    );
  });
});

describe('TYPE_MISMATCH_NUMBER and REDUNDANT_CONDITION_VALUE_NUM', () => {
  it('reports a value that is not a number', () => {
    const [finding] = withCode(
      withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': 'an hour' } }),
      'TYPE_MISMATCH_NUMBER',
    );
    assert.equal(finding?.message, 'Add a valid numeric value for the condition operator NumericLessThan.');
  });

  it('suggests keeping the greatest bound of NumericLessThan (the reference example)', () => {
    const text = withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': ['2700', '3600'] } });
    const [finding] = withCode(text, 'REDUNDANT_CONDITION_VALUE_NUM');
    assert.equal(
      finding?.message,
      'Multiple values in NumericLessThan are redundant. Replace with the greatest single value for aws:MultiFactorAuthAge.',
    );
    assert.deepEqual(withCode(text, 'TYPE_MISMATCH_NUMBER'), []);
  });

  it('accepts one bound, and several values for NumericEquals', () => {
    assert.deepEqual(
      withCode(
        withCondition({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
        'REDUNDANT_CONDITION_VALUE_NUM',
      ),
      [],
    );
    assert.deepEqual(
      withCode(
        withCondition({ NumericEquals: { 's3:max-keys': ['10', '20'] } }),
        'REDUNDANT_CONDITION_VALUE_NUM',
      ),
      [],
    );
  });
});

describe('TYPE_MISMATCH_DATE and INVALID_DATE_VALUE', () => {
  it('reports a value that is not a date', () => {
    const [finding] = withCode(
      withCondition({ DateGreaterThan: { 'aws:CurrentTime': 'next tuesday' } }),
      'TYPE_MISMATCH_DATE',
    );
    assert.equal(finding?.findingType, 'WARNING');
  });

  it('warns that epoch time such as 2021 might not resolve as expected', () => {
    const [finding] = withCode(
      withCondition({ DateGreaterThan: { 'aws:CurrentTime': '2021' } }),
      'INVALID_DATE_VALUE',
    );
    assert.equal(
      finding?.message,
      'The date 2021 might not resolve as expected. We recommend that you use the YYYY-MM-DD format.',
    );
  });

  it('accepts W3C dates, and epoch seconds for aws:EpochTime', () => {
    const text = withCondition({
      DateGreaterThan: { 'aws:CurrentTime': ['2024-01-01', '2024-01-01T12:00:00Z'] },
      DateLessThan: { 'aws:EpochTime': '1893456000' },
    });
    assert.deepEqual(withCode(text, 'TYPE_MISMATCH_DATE'), []);
    assert.deepEqual(withCode(text, 'INVALID_DATE_VALUE'), []);
  });
});

describe('TYPE_MISMATCH_STRING', () => {
  it('reports a BinaryEquals value that is not base-64', () => {
    const [finding] = withCode(
      withCondition({ BinaryEquals: { 'aws:username': 'not base64!' } }),
      'TYPE_MISMATCH_STRING',
    );
    assert.equal(
      finding?.message,
      'Add a valid base64-encoded string value for the condition operator BinaryEquals.',
    );
    const valid = withCondition({ BinaryEquals: { 'aws:username': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } });
    assert.deepEqual(withCode(valid, 'TYPE_MISMATCH_STRING'), []);
  });
});

describe('WILDCARD_WITHOUT_LIKE_OPERATOR', () => {
  it('warns about a wildcard with StringEquals (the reference example)', () => {
    const text = withCondition({ StringEquals: { 'aws:PrincipalTag/job-category': 'admin-*' } });
    const [finding] = withCode(text, 'WILDCARD_WITHOUT_LIKE_OPERATOR');
    assert.equal(finding?.findingType, 'WARNING');
    assert.deepEqual(finding?.path, [
      'Statement',
      0,
      'Condition',
      'StringEquals',
      'aws:PrincipalTag/job-category',
      0,
    ]);
  });

  it('accepts StringLike, and the escaped literal ${*}', () => {
    const text = withCondition({
      StringLike: { 'aws:PrincipalTag/job-category': 'admin-*' },
      StringEquals: { 'aws:PrincipalTag/team': 'a${*}b' },
    });
    assert.deepEqual(withCode(text, 'WILDCARD_WITHOUT_LIKE_OPERATOR'), []);
  });
});
