/**
 * Tests for the BinaryEquals condition operator.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_BinaryEquals
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalBase64 } from './binary.js';
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

describe('BinaryEquals', () => {
  const value = 'QmluYXJ5VmFsdWVJbkJhc2U2NA=='; // the page's example
  it('compares the decoded bytes', () => {
    const c = cond('BinaryEquals', 'key', [value]);
    assert.equal(run(c, { key: value }), true);
    assert.equal(run(c, { key: 'QmluYXJ5VmFsdWVJbkJhc2U2NQ==' }), false);
    assert.equal(run(c, {}), false);
  });

  it('ignores padding differences but not content', () => {
    assert.equal(run(cond('BinaryEquals', 'k', ['YWI=']), { k: 'YWI' }), true);
    assert.equal(canonicalBase64('YWI'), 'YWI=');
    assert.equal(canonicalBase64('not base64!'), undefined);
    assert.equal(canonicalBase64('Y'), undefined);
  });

  it('rejects a policy value that is not base-64, and variables', () => {
    assert.equal(cond('BinaryEquals', 'k', ['***']).invalid, true);
    assert.equal(cond('BinaryEquals', 'k', ['${aws:username}']).invalid, true);
  });

  it('a request value that is not base-64 matches nothing', () => {
    assert.equal(run(cond('BinaryEquals', 'k', ['YWI=']), { k: 'a b' }), false);
  });
});
