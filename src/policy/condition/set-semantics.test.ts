/**
 * Tests for missing keys, IfExists, negation and the ForAllValues / ForAnyValue set qualifiers.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PolicyVersion } from '../document/ast.js';
import { compileCondition } from './compile.js';
import type { CompiledCondition, ContextReader, ContextValue } from './types.js';

function ctx(values: Record<string, ContextValue>): ContextReader {
  const map = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (key) => map.get(key) };
}
function cond(
  operator: string,
  key: string,
  values: string[],
  version: PolicyVersion | undefined = '2012-10-17',
): CompiledCondition {
  return compileCondition({ operator, key, values, path: [] }, version);
}
/** matches(), checked against explain(). */
function run(c: CompiledCondition, request: Record<string, ContextValue>): boolean {
  const reader = ctx(request);
  const matched = c.matches(reader);
  const trace = c.explain(reader);
  assert.equal(trace.matched, matched, `explain agrees with matches: ${trace.reason}`);
  assert.ok(trace.reason.length > 0);
  return matched;
}

describe('ForAllValues', () => {
  // The DynamoDB example of the set-operations page: every requested attribute must be in the list.
  it('is true when every request value matches some policy value', () => {
    const c = cond('ForAllValues:StringLike', 'dynamodb:requestedAttributes', [
      'PostDateTime',
      'Message',
      'Tags',
    ]);
    assert.equal(run(c, { 'dynamodb:requestedAttributes': ['PostDateTime', 'Message'] }), true);
    assert.equal(run(c, { 'dynamodb:requestedAttributes': ['PostDateTime', 'UserName'] }), false);
  });

  // "The ForAllValues set operator also returns true if there are no context keys in the request."
  // "If the key values in the request resolve to an empty data set (for example, an empty string), ... ForAllValues returns true"
  it('is true when the key is missing or its set is empty', () => {
    const c = cond('ForAllValues:StringEquals', 'aws:TagKeys', ['DataClass', 'Owner']);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { 'aws:TagKeys': [] }), true);
    assert.equal(run(c, { 'aws:TagKeys': '' }), true);
  });

  it('treats a single string as a one-element set', () => {
    const c = cond('ForAllValues:StringEquals', 'aws:TagKeys', ['DataClass', 'Owner']);
    assert.equal(run(c, { 'aws:TagKeys': 'Owner' }), true);
    assert.equal(run(c, { 'aws:TagKeys': 'Dept' }), false);
  });

  // The ForAllValues:StringNotLike example table: each request value is tested with the negated operator.
  it('tests each request value with a negated operator', () => {
    const c = cond('ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*']);
    assert.equal(run(c, { 'aws:TagKeys': ['key1:legal'] }), false);
    assert.equal(run(c, { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] }), false);
    assert.equal(run(c, { 'aws:TagKeys': ['key2:audit'] }), true);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { 'aws:TagKeys': ['key2:audit', 'key1:hr'] }), false);
  });

  // "Multiple values" version of the same example: request values must match none of the policy values.
  it('NORs the policy values for each request value under a negated operator', () => {
    const c = cond('ForAllValues:StringNotLike', 'aws:TagKeys', ['key1*', 'key2*']);
    assert.equal(run(c, { 'aws:TagKeys': ['key3:x'] }), true);
    assert.equal(run(c, { 'aws:TagKeys': ['key3:x', 'key2:y'] }), false);
  });

  it('is unaffected by IfExists', () => {
    const c = cond('ForAllValues:StringEqualsIfExists', 'aws:TagKeys', ['a']);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { 'aws:TagKeys': ['a', 'b'] }), false);
  });
});

describe('ForAnyValue', () => {
  // The DynamoDB PutItem example: deny if any requested attribute is ID or PostDateTime.
  it('is true when some request value matches some policy value', () => {
    const c = cond('ForAnyValue:StringLike', 'dynamodb:requestedAttributes', ['ID', 'PostDateTime']);
    assert.equal(run(c, { 'dynamodb:requestedAttributes': ['UserName', 'Message', 'PostDateTime'] }), true);
    assert.equal(run(c, { 'dynamodb:requestedAttributes': ['UserName'] }), false);
  });

  // "... a condition operator modified by ForAnyValue returns false" for an empty data set.
  it('is false when the key is missing or its set is empty', () => {
    const c = cond('ForAnyValue:StringEquals', 'aws:TagKeys', ['DataClass']);
    assert.equal(run(c, {}), false);
    assert.equal(run(c, { 'aws:TagKeys': [] }), false);
    assert.equal(run(c, { 'aws:TagKeys': '' }), false);
  });

  it('with a negated operator, is true when some request value matches no policy value', () => {
    const c = cond('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['DataClass', 'Owner']);
    assert.equal(run(c, { 'aws:TagKeys': ['DataClass', 'Owner'] }), false);
    assert.equal(run(c, { 'aws:TagKeys': ['DataClass', 'Dept'] }), true);
    assert.equal(run(c, {}), false);
  });

  // A missing key still fails ForAnyValue:...IfExists (https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w).
  it('ignores IfExists for a missing key', () => {
    assert.equal(run(cond('ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['team']), {}), false);
  });

  it('works with every family', () => {
    assert.equal(run(cond('ForAnyValue:NumericLessThan', 'k', ['5']), { k: ['9', '3'] }), true);
    assert.equal(run(cond('ForAllValues:NumericLessThan', 'k', ['5']), { k: ['9', '3'] }), false);
    assert.equal(
      run(cond('ForAnyValue:IpAddress', 'k', ['10.0.0.0/8']), { k: ['192.0.2.1', '10.1.2.3'] }),
      true,
    );
    assert.equal(
      run(cond('ForAllValues:ArnLike', 'k', ['arn:aws:iam::*:role/*']), {
        k: ['arn:aws:iam::1:role/a', 'arn:aws:iam::1:user/b'],
      }),
      false,
    );
    assert.equal(
      run(cond('ForAnyValue:DateLessThan', 'k', ['2020-01-01T00:00:00Z']), { k: ['2019-01-01T00:00:00Z'] }),
      true,
    );
    assert.equal(run(cond('ForAnyValue:Bool', 'k', ['true']), { k: ['false', 'true'] }), true);
    assert.equal(run(cond('ForAllValues:Null', 'k', ['false']), {}), true);
    assert.equal(run(cond('ForAnyValue:Null', 'k', ['false']), { k: ['x'] }), true);
  });
});

// "If the key is not present, evaluate the condition element as true." ... "If you are using an
// "Effect": "Deny" element with a negated condition operator like StringNotEqualsIfExists, the request is
// still denied even if the tag is missing."
describe('IfExists without a qualifier', () => {
  it('is true for a missing key and evaluates normally otherwise', () => {
    const c = cond('StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*']);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { 'ec2:InstanceType': 't2.micro' }), true);
    assert.equal(run(c, { 'ec2:InstanceType': 'm5.large' }), false);
  });

  it('negated IfExists operators are true for a missing key too', () => {
    assert.equal(run(cond('StringNotEqualsIfExists', 'aws:RequestTag/team', ['x']), {}), true);
    assert.equal(
      run(cond('StringNotEqualsIfExists', 'aws:RequestTag/team', ['x']), { 'aws:RequestTag/team': 'x' }),
      false,
    );
  });

  it('applies to every family', () => {
    for (const op of [
      'NumericLessThanIfExists',
      'DateLessThanIfExists',
      'IpAddressIfExists',
      'ArnLikeIfExists',
      'BinaryEqualsIfExists',
    ]) {
      const value = op.startsWith('Numeric')
        ? '1'
        : op.startsWith('Date')
          ? '2020-01-01'
          : op.startsWith('Ip')
            ? '10.0.0.0/8'
            : op.startsWith('Arn')
              ? 'arn:*'
              : 'YQ==';
      assert.equal(run(cond(op, 'k', [value]), {}), true, op);
    }
  });

  it('treats an empty list like a missing key', () => {
    assert.equal(run(cond('StringEqualsIfExists', 'k', ['a']), { k: [] }), true);
    assert.equal(run(cond('StringEquals', 'k', ['a']), { k: [] }), false);
    assert.equal(run(cond('StringNotEquals', 'k', ['a']), { k: [] }), true);
  });
});

// Multivalued request values without a qualifier: AWS requires a set operator and does not say what
// happens otherwise; we read it as "some request value" (documented in set-semantics.ts).
describe('a multivalued request value without a qualifier', () => {
  it('positive operators match when any value matches', () => {
    const c = cond('StringLike', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*']);
    assert.equal(
      run(c, {
        'aws:PrincipalOrgPaths': [
          'o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/',
          'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-x/',
        ],
      }),
      true,
    );
    assert.equal(run(c, { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-22222222/'] }), false);
  });

  it('negated operators match when no value matches', () => {
    const c = cond('StringNotEquals', 'k', ['a']);
    assert.equal(run(c, { k: ['b', 'c'] }), true);
    assert.equal(run(c, { k: ['b', 'a'] }), false);
  });
});
