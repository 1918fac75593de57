/**
 * Tests for the Null condition operator.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
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

describe('Null', () => {
  // "true (the key doesn't exist — it is null) or false (the key exists and its value is not null)"
  it('"true" matches a missing key only', () => {
    const c = cond('Null', 'aws:TokenIssueTime', ['true']);
    assert.equal(run(c, {}), true);
    assert.equal(run(c, { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }), false);
  });

  it('"false" matches a present key only', () => {
    const c = cond('Null', 'aws:TokenIssueTime', ['false']);
    assert.equal(run(c, {}), false);
    assert.equal(run(c, { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }), true);
    assert.equal(run(c, { 'aws:TokenIssueTime': '' }), true);
  });

  // "You can prevent missing context keys or context keys with empty values from evaluating to true by
  // including a Null condition operator ... with a value of false"
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
  it('treats an empty list of values as null', () => {
    assert.equal(run(cond('Null', 'aws:TagKeys', ['false']), { 'aws:TagKeys': [] }), false);
    assert.equal(run(cond('Null', 'aws:TagKeys', ['true']), { 'aws:TagKeys': [] }), true);
    assert.equal(run(cond('Null', 'aws:TagKeys', ['false']), { 'aws:TagKeys': ['a', 'b'] }), true);
  });

  it('compares its values case-insensitively', () => {
    assert.equal(run(cond('Null', 'k', ['TRUE']), {}), true);
    assert.equal(run(cond('Null', 'k', ['False']), { k: 'x' }), true);
  });

  it('rejects other values, variables and the IfExists suffix', () => {
    assert.equal(cond('Null', 'k', ['yes']).invalid, true);
    assert.equal(cond('Null', 'k', ['${aws:username}']).invalid, true);
    // "You can add IfExists to the end of any condition operator name except the Null condition"
    const c = cond('NullIfExists', 'k', ['true']);
    assert.equal(c.invalid, true);
    assert.equal(run(c, {}), false);
  });
});
