/**
 * Tests for the Numeric condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseNumber } from './numeric.js';
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

describe('parseNumber', () => {
  it('reads integers and decimals', () => {
    assert.equal(parseNumber('10'), 10);
    assert.equal(parseNumber('-3.5'), -3.5);
    assert.equal(parseNumber('+.5'), 0.5);
    assert.equal(parseNumber('1e3'), 1000);
  });
  it('rejects everything else', () => {
    for (const bad of ['', ' 1', '1 ', 'abc', '1,000', '0x10', 'NaN', 'Infinity', '1e999', '${aws:x}']) {
      assert.equal(parseNumber(bad), undefined, bad);
    }
  });
});

describe('Numeric operators', () => {
  // The s3:max-keys example: NumericLessThanEquals 10 lets the requester list up to 10 objects.
  it('NumericLessThanEquals compares request value <= policy value', () => {
    const c = cond('NumericLessThanEquals', 's3:max-keys', ['10']);
    assert.equal(run(c, { 's3:max-keys': '10' }), true);
    assert.equal(run(c, { 's3:max-keys': '9' }), true);
    assert.equal(run(c, { 's3:max-keys': '11' }), false);
    assert.equal(run(c, {}), false);
  });

  it('compares numerically, not as text', () => {
    assert.equal(run(cond('NumericLessThan', 'k', ['10']), { k: '9.5' }), true);
    assert.equal(run(cond('NumericLessThan', 'k', ['10']), { k: '100' }), false);
    assert.equal(run(cond('NumericEquals', 'k', ['10']), { k: '10.0' }), true);
    assert.equal(run(cond('NumericEquals', 'k', ['10']), { k: '010' }), true);
  });

  it('implements the six operators', () => {
    const at = (op: string, request: string, policy: string): boolean =>
      run(cond(op, 'k', [policy]), { k: request });
    assert.deepEqual(
      [
        'NumericEquals',
        'NumericNotEquals',
        'NumericLessThan',
        'NumericLessThanEquals',
        'NumericGreaterThan',
        'NumericGreaterThanEquals',
      ].map((op) => [at(op, '5', '5'), at(op, '4', '5'), at(op, '6', '5')]),
      [
        [true, false, false],
        [false, true, true],
        [false, true, false],
        [true, true, false],
        [false, false, true],
        [true, false, true],
      ],
    );
  });

  it('NumericNotEquals is true for a missing key and NORs its values', () => {
    const c = cond('NumericNotEquals', 'k', ['1', '2']);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { k: '2' }), false);
    assert.equal(run(c, { k: '3' }), true);
  });

  it('a request value that is not a number matches no policy value', () => {
    assert.equal(run(cond('NumericLessThan', 'k', ['10']), { k: 'five' }), false);
    assert.equal(run(cond('NumericNotEquals', 'k', ['10']), { k: 'five' }), true);
  });

  // "You can not use a policy variable with the Numeric condition operator."
  it('treats ${...} as a literal, which is not a number', () => {
    const c = cond('NumericEquals', 'k', ['${aws:MultiFactorAuthAge}']);
    assert.equal(c.invalid, true);
    assert.deepEqual(c.variableKeys, []);
    assert.equal(run(c, { k: '1', 'aws:MultiFactorAuthAge': '1' }), false);
  });

  it('an uninterpretable policy value makes the entry invalid, with the reason', () => {
    const c = cond('NumericGreaterThan', 'k', ['1', 'lots']);
    assert.equal(c.invalid, true);
    assert.equal(run(c, { k: '5' }), false);
    assert.deepEqual(c.explain(ctx({ k: '5' })).errors, ['"lots" is not a number']);
  });
});
