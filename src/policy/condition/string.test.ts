/**
 * Tests for the String condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
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

describe('StringEquals / StringNotEquals', () => {
  const key = 'aws:PrincipalTag/job-category';
  it('matches exactly and case-sensitively', () => {
    const c = cond('StringEquals', key, ['iamuser-admin']);
    assert.equal(run(c, { [key]: 'iamuser-admin' }), true);
    assert.equal(run(c, { [key]: 'IAMUser-Admin' }), false);
    assert.equal(run(c, { [key]: 'iamuser-admin2' }), false);
  });

  // "If the key that you specify in a policy condition is not present in the request context, the values do not match."
  it('does not match a missing key', () => {
    assert.equal(run(cond('StringEquals', key, ['iamuser-admin']), {}), false);
  });

  // Several values for one key OR together; negated operators NOR them.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
  it('ORs several policy values, including many (Set) values', () => {
    const many = Array.from({ length: 50 }, (_, i) => `v${i}`);
    assert.equal(run(cond('StringEquals', key, ['a', 'b']), { [key]: 'b' }), true);
    assert.equal(run(cond('StringEquals', key, many), { [key]: 'v37' }), true);
    assert.equal(run(cond('StringEquals', key, many), { [key]: 'v50' }), false);
  });

  it('StringNotEquals is true only when the value equals none of the policy values', () => {
    const c = cond('StringNotEquals', key, ['a', 'b']);
    assert.equal(run(c, { [key]: 'c' }), true);
    assert.equal(run(c, { [key]: 'b' }), false);
  });

  // "If the policy condition requires that the key is not matched, such as StringNotLike ..., and the right key is not present, the condition is true."
  it('StringNotEquals is true when the key is missing', () => {
    assert.equal(run(cond('StringNotEquals', key, ['a']), {}), true);
  });

  it('matches the condition key case-insensitively', () => {
    assert.equal(run(cond('StringEquals', 'AWS:PrincipalTag/Job-Category', ['x']), { [key]: 'x' }), true);
  });

  it('compares an empty string as a value', () => {
    assert.equal(run(cond('StringEquals', 's3:prefix', ['']), { 's3:prefix': '' }), true);
    assert.equal(run(cond('StringEquals', 's3:prefix', ['']), { 's3:prefix': 'a' }), false);
  });
});

describe('StringEqualsIgnoreCase / StringNotEqualsIgnoreCase', () => {
  it('ignores case on both sides', () => {
    const c = cond('StringEqualsIgnoreCase', 'aws:RequestTag/DataClass', ['Public', 'internal']);
    assert.equal(run(c, { 'aws:RequestTag/DataClass': 'PUBLIC' }), true);
    assert.equal(run(c, { 'aws:RequestTag/DataClass': 'Internal' }), true);
    assert.equal(run(c, { 'aws:RequestTag/DataClass': 'private' }), false);
  });

  it('StringNotEqualsIgnoreCase negates case-insensitively', () => {
    const c = cond('StringNotEqualsIgnoreCase', 'k', ['Public']);
    assert.equal(run(c, { k: 'pUBLIC' }), false);
    assert.equal(run(c, { k: 'private' }), true);
    assert.equal(run(c, {}), true);
  });
});

describe('StringLike / StringNotLike', () => {
  // The s3:prefix example of the String operators section.
  it('matches wildcards anywhere, case-sensitively', () => {
    const c = cond('StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/']);
    assert.equal(run(c, { 's3:prefix': '', 'aws:username': 'ann' }), true);
    assert.equal(run(c, { 's3:prefix': 'home/ann/', 'aws:username': 'ann' }), true);
    assert.equal(run(c, { 's3:prefix': 'home/bob/', 'aws:username': 'ann' }), false);
    const star = cond('StringLike', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*']);
    assert.equal(run(star, { 'ec2:InstanceType': 't2.micro' }), true);
    assert.equal(run(star, { 'ec2:InstanceType': 'T2.micro' }), false);
    assert.equal(run(star, { 'ec2:InstanceType': 'm5.large' }), false);
    assert.equal(run(cond('StringLike', 'k', ['State:??']), { k: 'State:NY' }), true);
    assert.equal(run(cond('StringLike', 'k', ['State:??']), { k: 'State:NYC' }), false);
  });

  // "You must specify wildcards to achieve partial string matches."
  it('needs a wildcard for partial matches', () => {
    assert.equal(run(cond('StringLike', 'k', ['abc']), { k: 'abcd' }), false);
  });

  it('StringNotLike is true when no pattern matches or the key is missing', () => {
    const c = cond('StringNotLike', 'k', ['key1*', 'x?']);
    assert.equal(run(c, { k: 'key2' }), true);
    assert.equal(run(c, { k: 'key1:legal' }), false);
    assert.equal(run(c, { k: 'xy' }), false);
    assert.equal(run(c, {}), true);
  });
});
