/**
 * Tests for the Bool condition operator.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBool } from './bool.js';
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

describe('Bool', () => {
  // The aws:SecureTransport example: deny when "false".
  it('compares true/false', () => {
    const c = cond('Bool', 'aws:SecureTransport', ['false']);
    assert.equal(run(c, { 'aws:SecureTransport': 'false' }), true);
    assert.equal(run(c, { 'aws:SecureTransport': 'true' }), false);
    assert.equal(run(c, {}), false);
  });

  it('compares case-insensitively on both sides', () => {
    assert.equal(run(cond('Bool', 'k', ['True']), { k: 'TRUE' }), true);
    assert.equal(parseBool('FaLsE'), false);
    assert.equal(parseBool('yes'), undefined);
    assert.equal(parseBool('1'), undefined);
  });

  it('a request value that is not a Boolean matches nothing', () => {
    assert.equal(run(cond('Bool', 'k', ['true']), { k: 'yes' }), false);
  });

  it('a policy value that is not a Boolean makes the entry invalid', () => {
    const c = cond('Bool', 'k', ['maybe']);
    assert.equal(c.invalid, true);
    assert.equal(run(c, { k: 'true' }), false);
  });

  // The variables page lists Boolean among the operators without variables; we follow it.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-conditionelement
  it('does not resolve variables', () => {
    const c = cond('Bool', 'k', ['${aws:SecureTransport}']);
    assert.equal(c.invalid, true);
    assert.deepEqual(c.variableKeys, []);
  });

  it('BoolIfExists matches a missing key', () => {
    assert.equal(run(cond('BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']), {}), true);
    assert.equal(
      run(cond('BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']), {
        'aws:MultiFactorAuthPresent': 'true',
      }),
      false,
    );
  });
});
