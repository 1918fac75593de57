/**
 * Tests for compileCondition as a whole: variables and the policy Version, invalid entries, the
 * compiled fields, and explain().
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
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

describe('compiled fields', () => {
  it('keeps operator and key as written and lower-cases the key for lookup', () => {
    const c = cond('ForAnyValue:StringLikeIfExists', 'AWS:TagKeys', ['a*']);
    assert.equal(c.operator, 'ForAnyValue:StringLikeIfExists');
    assert.equal(c.key, 'AWS:TagKeys');
    assert.equal(c.lowerKey, 'aws:tagkeys');
    assert.equal(c.invalid, false);
  });

  it('passes lowerKey to the context reader', () => {
    const asked: string[] = [];
    const c = cond('StringEquals', 'AWS:UserName', ['ann']);
    c.matches({ get: (k) => (asked.push(k), 'ann') });
    assert.deepEqual(asked, ['aws:username']);
  });
});

// "You can use a policy variable for Condition values in any condition that involves the string operators or the ARN operators."
// "If you don't include the Version element ... variables like ${aws:username} are treated as literal strings"
describe('policy variables in condition values', () => {
  it('resolves variables with Version 2012-10-17', () => {
    const c = cond('StringEquals', 'aws:ResourceTag/owner', ['${aws:username}']);
    assert.deepEqual(c.variableKeys, ['aws:username']);
    assert.equal(run(c, { 'aws:ResourceTag/owner': 'ann', 'aws:username': 'ann' }), true);
    assert.equal(run(c, { 'aws:ResourceTag/owner': 'bob', 'aws:username': 'ann' }), false);
  });

  it('treats ${...} as literal text with Version 2008-10-17 or no Version', () => {
    for (const version of ['2008-10-17', undefined] as const) {
      // (compileCondition directly: the helper's default would replace an explicit undefined)
      const c = compileCondition(
        { operator: 'StringEquals', key: 'k', values: ['${aws:username}'], path: [] },
        version,
      );
      assert.deepEqual(c.variableKeys, []);
      assert.equal(run(c, { k: '${aws:username}', 'aws:username': 'ann' }), true);
      assert.equal(run(c, { k: 'ann', 'aws:username': 'ann' }), false);
    }
  });

  // "For example, anonymous users will not populate the ${aws:userid} variable."
  it('uses defaults for missing keys', () => {
    const c = cond('StringEquals', 'k', ["${aws:userid, 'anonymous'}"]);
    assert.equal(run(c, { k: 'anonymous' }), true);
    assert.equal(run(c, { k: 'anonymous', 'aws:userid': 'AIDA1' }), false);
  });

  // A variable with no value makes that policy value null: positive operators do not match it, and
  // negated operators treat it as not matching.
  it('a variable without a value matches nothing; negated operators then match', () => {
    assert.equal(run(cond('StringEquals', 'k', ['${aws:username}']), { k: '' }), false);
    assert.equal(run(cond('StringLike', 'k', ['*${aws:username}*']), { k: 'x' }), false);
    assert.equal(run(cond('StringNotEquals', 'k', ['${aws:username}']), { k: 'x' }), true);
    assert.equal(run(cond('StringNotLike', 'k', ['${aws:username}*']), { k: 'x' }), true);
    assert.equal(run(cond('StringEquals', 'k', ['${aws:username}', 'x']), { k: 'x' }), true);
  });

  it('a multivalued key used as a variable has no value', () => {
    assert.equal(run(cond('StringEquals', 'k', ['${aws:TagKeys}']), { k: 'a', 'aws:TagKeys': ['a'] }), false);
  });

  // "${*} - use where you need an * (asterisk) character"
  it('escapes are literal characters in StringLike', () => {
    const c = cond('StringLike', 'k', ['a${*}b*']);
    assert.equal(run(c, { k: 'a*bc' }), true);
    assert.equal(run(c, { k: 'axbc' }), false);
    assert.equal(run(cond('StringEquals', 'k', ['${$}{x}']), { k: '${x}' }), true);
    assert.equal(run(cond('StringEqualsIgnoreCase', 'k', ['${?}A']), { k: '?a' }), true);
  });

  it('resolves variables in StringEqualsIgnoreCase and under qualifiers', () => {
    assert.equal(
      run(cond('StringEqualsIgnoreCase', 'k', ['${aws:username}']), { k: 'ANN', 'aws:username': 'ann' }),
      true,
    );
    const c = cond('ForAllValues:StringLike', 'aws:TagKeys', ['${aws:username}-*']);
    assert.equal(run(c, { 'aws:TagKeys': ['ann-1', 'ann-2'], 'aws:username': 'ann' }), true);
    assert.equal(run(c, { 'aws:TagKeys': ['ann-1', 'bob-2'], 'aws:username': 'ann' }), false);
  });
});

describe('invalid entries never throw and never match', () => {
  const cases: [string, string[], string][] = [
    ['StringEqualz', ['a'], 'StringEqualz is not a condition operator'],
    ['stringEquals', ['a'], 'stringEquals is not a condition operator'],
    ['ForSomeValues:StringEquals', ['a'], 'ForSomeValues:StringEquals is not a condition operator'],
    ['NullIfExists', ['true'], 'Null cannot take the IfExists suffix'],
    ['NumericEquals', ['ten'], '"ten" is not a number'],
    ['DateEquals', ['tomorrow'], '"tomorrow" is not a W3C ISO 8601 date or epoch time'],
    ['IpAddress', ['300.0.0.0/8'], '"300.0.0.0/8" is not an IPv4 or IPv6 address or CIDR range'],
    ['BinaryEquals', ['!!'], '"!!" is not base-64 encoded binary'],
    ['Bool', ['yes'], '"yes" is not true or false'],
    ['StringEquals', [], 'k has no values'],
  ];
  for (const [operator, values, error] of cases) {
    it(`${operator} ${JSON.stringify(values)}`, () => {
      const c = cond(operator, 'k', values);
      assert.equal(c.invalid, true);
      for (const request of [{}, { k: 'a' }, { k: ['a'] }]) assert.equal(run(c, request), false);
      const trace = c.explain(ctx({ k: 'a' }));
      assert.ok(
        trace.errors?.some((e) => e.includes(error)),
        JSON.stringify(trace.errors),
      );
      assert.match(trace.reason, /never match/);
    });
  }

  it('even negated operators with a bad value do not match', () => {
    assert.equal(run(cond('NumericNotEquals', 'k', ['x']), {}), false);
    assert.equal(run(cond('NotIpAddress', 'k', ['x']), { k: '10.0.0.1' }), false);
  });
});

describe('explain', () => {
  it('reports resolved policy values, the request value and a reason', () => {
    const c = cond('StringEquals', 'aws:ResourceTag/owner', ['${aws:username}', 'admin']);
    const trace = c.explain(ctx({ 'aws:ResourceTag/owner': 'ann', 'aws:username': 'ann' }));
    assert.equal(trace.operator, 'StringEquals');
    assert.equal(trace.key, 'aws:ResourceTag/owner');
    assert.deepEqual(trace.policyValues, ['ann', 'admin']);
    assert.equal(trace.requestValue, 'ann');
    assert.equal(trace.matched, true);
    assert.equal(trace.reason, '"ann" equals "ann"');
    assert.equal(trace.errors, undefined);
  });

  it('shows null for a variable without a value', () => {
    const trace = cond('StringEquals', 'k', ['${aws:username}']).explain(ctx({ k: 'x' }));
    assert.deepEqual(trace.policyValues, [null]);
    assert.equal(trace.matched, false);
  });

  it('says why a missing key matched or not', () => {
    assert.equal(
      cond('StringEquals', 'aws:username', ['a']).explain(ctx({})).reason,
      'key aws:username is missing from the request, so StringEquals does not match',
    );
    assert.match(
      cond('StringNotEquals', 'k', ['a']).explain(ctx({})).reason,
      /negated operator StringNotEquals matches a missing key/,
    );
    assert.match(
      cond('StringEqualsIfExists', 'k', ['a']).explain(ctx({})).reason,
      /treats a missing key as a match/,
    );
    assert.match(
      cond('ForAllValues:StringEquals', 'k', ['a']).explain(ctx({})).reason,
      /matches an empty set/,
    );
    assert.match(
      cond('ForAnyValue:StringEquals', 'k', ['a']).explain(ctx({})).reason,
      /does not match an empty set/,
    );
  });

  it('names the request value that decided a set qualifier', () => {
    const trace = cond('ForAllValues:StringEquals', 'aws:TagKeys', ['a', 'b']).explain(
      ctx({ 'aws:TagKeys': ['a', 'c'] }),
    );
    assert.equal(trace.matched, false);
    assert.match(trace.reason, /"c" does not equal any of \["a", "b"\]/);
  });

  it('describes negated comparisons', () => {
    assert.equal(
      cond('NumericNotEquals', 'k', ['5']).explain(ctx({ k: '5' })).reason,
      '"5" equals "5", so NumericNotEquals does not match',
    );
    assert.equal(
      cond('NumericLessThan', 'k', ['5']).explain(ctx({ k: '7' })).reason,
      '"7" is not less than "5"',
    );
  });
});
