/**
 * Tests for parsing condition operator names.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOperatorName } from './operator-name.js';
import { findOperator, OPERATOR_NAMES } from './operators.js';

describe('parseOperatorName', () => {
  it('splits qualifier, base name and IfExists', () => {
    assert.deepEqual(parseOperatorName('ForAnyValue:StringLikeIfExists'), {
      text: 'ForAnyValue:StringLikeIfExists',
      qualifier: 'ForAnyValue',
      base: 'StringLike',
      ifExists: true,
    });
    assert.deepEqual(parseOperatorName('ForAllValues:StringEquals'), {
      text: 'ForAllValues:StringEquals',
      qualifier: 'ForAllValues',
      base: 'StringEquals',
      ifExists: false,
    });
    assert.deepEqual(parseOperatorName('NumericLessThanIfExists'), {
      text: 'NumericLessThanIfExists',
      qualifier: undefined,
      base: 'NumericLessThan',
      ifExists: true,
    });
  });

  it('does not treat a bare IfExists as a suffix', () => {
    assert.equal(parseOperatorName('IfExists').base, 'IfExists');
  });

  // IAM rejects other spellings: "MalformedPolicyDocument: Invalid Condition type : stringEquals"
  // (https://github.com/ministryofjustice/modernisation-platform-environments/pull/8893)
  it('is case-sensitive', () => {
    assert.equal(parseOperatorName('forallvalues:StringEquals').qualifier, undefined);
    assert.equal(parseOperatorName('StringEqualsifexists').ifExists, false);
    assert.equal(findOperator('stringEquals'), undefined);
    assert.equal(findOperator('StringEquals')?.name, 'StringEquals');
  });
});

// Every operator the condition operators page lists.
describe('operator registry', () => {
  it('knows every documented operator', () => {
    const documented = [
      'StringEquals',
      'StringNotEquals',
      'StringEqualsIgnoreCase',
      'StringNotEqualsIgnoreCase',
      'StringLike',
      'StringNotLike',
      'NumericEquals',
      'NumericNotEquals',
      'NumericLessThan',
      'NumericLessThanEquals',
      'NumericGreaterThan',
      'NumericGreaterThanEquals',
      'DateEquals',
      'DateNotEquals',
      'DateLessThan',
      'DateLessThanEquals',
      'DateGreaterThan',
      'DateGreaterThanEquals',
      'Bool',
      'BinaryEquals',
      'IpAddress',
      'NotIpAddress',
      'ArnEquals',
      'ArnLike',
      'ArnNotEquals',
      'ArnNotLike',
      'Null',
    ];
    assert.deepEqual([...OPERATOR_NAMES].sort(), [...documented].sort());
  });

  it('marks the negated operators', () => {
    const negated = OPERATOR_NAMES.filter((n) => findOperator(n)?.negated);
    assert.deepEqual(negated.sort(), [
      'ArnNotEquals',
      'ArnNotLike',
      'DateNotEquals',
      'NotIpAddress',
      'NumericNotEquals',
      'StringNotEquals',
      'StringNotEqualsIgnoreCase',
      'StringNotLike',
    ]);
  });

  // Variables: String and ARN operators only.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-conditionelement
  it('lets only String and ARN operators take variables', () => {
    const withVariables = OPERATOR_NAMES.filter((n) => findOperator(n)?.takesVariables);
    assert.ok(withVariables.every((n) => n.startsWith('String') || n.startsWith('Arn')));
    assert.equal(withVariables.length, 10);
  });
});
