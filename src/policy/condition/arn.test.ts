/**
 * Tests for the ARN condition operators.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseGlob } from '../match/glob.js';
import { compileLiteralArn, matchDynamicArn, splitArn } from './arn.js';
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

describe('ArnLike / ArnEquals', () => {
  const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
  const value = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';

  // The page's example: StringLike matches, ArnLike does not, because ARN components are matched separately.
  it('matches each of the six components separately', () => {
    assert.equal(run(cond('StringLike', 'aws:SourceArn', [pattern]), { 'aws:SourceArn': value }), true);
    assert.equal(run(cond('ArnLike', 'aws:SourceArn', [pattern]), { 'aws:SourceArn': value }), false);
    assert.equal(
      run(cond('ArnLike', 'aws:SourceArn', [pattern]), {
        'aws:SourceArn': 'arn:aws:someservice:us-east-2:111122223333:finance/a/b.txt',
      }),
      true,
    );
  });

  // "The ArnEquals and ArnLike condition operators behave identically."
  it('ArnEquals honours wildcards like ArnLike', () => {
    const c = cond('ArnEquals', 'aws:SourceArn', ['arn:aws:sns:*:123456789012:TOPIC-?']);
    assert.equal(run(c, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-1' }), true);
    assert.equal(run(c, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:TOPIC-12' }), false);
  });

  it('is case-sensitive', () => {
    const c = cond('ArnEquals', 'aws:SourceArn', ['arn:aws:sns:us-east-1:123456789012:Topic']);
    assert.equal(run(c, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:Topic' }), true);
    assert.equal(run(c, { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' }), false);
  });

  it('lets the resource component contain colons and slashes', () => {
    const c = cond('ArnLike', 'k', ['arn:aws:logs:us-east-1:123456789012:log-group:/aws/*']);
    assert.equal(run(c, { k: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:*' }), true);
  });

  it('does not match a value that is not an ARN, or a missing key', () => {
    const c = cond('ArnLike', 'k', ['arn:aws:s3:::bucket/*']);
    assert.equal(run(c, { k: 'bucket/x' }), false);
    assert.equal(run(c, {}), false);
  });

  // Our choice for shorter patterns (see arn.ts): the last component takes the rest.
  it('lets a shorter pattern end with a component that takes the rest', () => {
    assert.equal(run(cond('ArnLike', 'k', ['*']), { k: 'arn:aws:iam::123456789012:role/x' }), true);
    assert.equal(
      run(cond('ArnLike', 'k', ['arn:aws:iam::*']), { k: 'arn:aws:iam::123456789012:role/x' }),
      true,
    );
    assert.equal(run(cond('ArnLike', 'k', ['arn:aws:iam::*']), { k: 'arn:aws:s3:::b' }), false);
  });

  it('uses policy variables in the resource part', () => {
    const c = cond('ArnLike', 'aws:PrincipalArn', ['arn:aws:iam::*:user/${aws:username}']);
    assert.deepEqual(c.variableKeys, ['aws:username']);
    assert.equal(
      run(c, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/ann', 'aws:username': 'ann' }),
      true,
    );
    assert.equal(
      run(c, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/bob', 'aws:username': 'ann' }),
      false,
    );
    assert.equal(run(c, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/ann' }), false);
  });

  it('keeps a ${*} literal star', () => {
    const c = cond('ArnEquals', 'k', ['arn:aws:s3:::bucket/${*}']);
    assert.equal(run(c, { k: 'arn:aws:s3:::bucket/*' }), true);
    assert.equal(run(c, { k: 'arn:aws:s3:::bucket/x' }), false);
  });
});

describe('ArnNotLike / ArnNotEquals', () => {
  it('is true when no pattern matches, or the key is missing', () => {
    const c = cond('ArnNotLike', 'aws:PrincipalArn', [
      'arn:aws:iam::*:role/Admin',
      'arn:aws:iam::*:role/Ops*',
    ]);
    assert.equal(run(c, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Dev' }), true);
    assert.equal(run(c, { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/OpsTeam' }), false);
    assert.equal(run(c, {}), true);
    assert.equal(run(cond('ArnNotEquals', 'k', ['arn:aws:s3:::b']), { k: 'arn:aws:s3:::b' }), false);
  });

  // A variable without a value: negated operators treat that policy value as not matching.
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  it('treats an unresolved variable as a value that matches nothing', () => {
    const c = cond('ArnNotLike', 'k', ['arn:aws:iam::*:user/${aws:username}']);
    assert.equal(run(c, { k: 'arn:aws:iam::1:user/ann' }), true);
  });
});

describe('splitArn', () => {
  it('splits into six components, the last taking the rest', () => {
    assert.deepEqual(splitArn('arn:aws:s3:::b/k:1'), ['arn', 'aws', 's3', '', '', 'b/k:1']);
    assert.deepEqual(splitArn('a:b'), ['a', 'b']);
    assert.deepEqual(splitArn('a:b:c', 2), ['a', 'b:c']);
  });
});

// Literal patterns are compiled into one RegExp, per-request patterns are matched component by component:
// both must give the same answers.
describe('literal and per-request ARN matching agree', () => {
  it('on random patterns and values', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a:*?]{0,12}$/),
        fc.stringMatching(/^[a:]{0,12}$/),
        (pattern, value) => {
          const glob = parseGlob(pattern);
          assert.equal(
            compileLiteralArn(glob)(value),
            matchDynamicArn(glob, value),
            `${pattern} vs ${value}`,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
