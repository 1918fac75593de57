/**
 * Tests for policy variable templates.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContextReader, ContextValue } from '../condition/types.js';
import { ANY_RUN, compileGlob } from './glob.js';
import { compileTemplate, resolvePattern, variableValue } from './variables.js';

function ctx(values: Record<string, ContextValue>): ContextReader {
  const map = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (key) => map.get(key) };
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-intro
describe('compileTemplate: variables', () => {
  it('replaces ${aws:username} with the request value', () => {
    const t = compileTemplate('arn:aws:s3:::mybucket/${aws:username}/*', true);
    assert.equal(t.isLiteral, false);
    assert.deepEqual(t.variableKeys, ['aws:username']);
    assert.equal(t.resolve(ctx({ 'aws:username': 'David' })), 'arn:aws:s3:::mybucket/David/*');
  });

  // "Key names are case-insensitive. For example, aws:CurrentTime is equivalent to AWS:currenttime."
  it('matches key names case-insensitively and reports them lower-cased once', () => {
    const t = compileTemplate('${AWS:UserName}-${aws:username}', true);
    assert.deepEqual(t.variableKeys, ['aws:username']);
    assert.equal(t.resolve(ctx({ 'aws:username': 'ann' })), 'ann-ann');
  });

  it('resolves tag keys with slashes, like ${aws:PrincipalTag/department}', () => {
    const t = compileTemplate('arn:aws:s3:::bucket/${aws:PrincipalTag/department}', true);
    assert.equal(t.resolve(ctx({ 'aws:PrincipalTag/department': 'hr' })), 'arn:aws:s3:::bucket/hr');
  });

  // "If AWS cannot resolve a variable ... the variable resolves to a value only when ..."
  it('resolves to null when the key is missing and there is no default', () => {
    const t = compileTemplate('home/${aws:username}/', true);
    assert.equal(t.resolve(ctx({})), null);
  });

  // Multivalued context keys cannot be policy variables:
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
  it('treats a multivalued (array) value as no value', () => {
    const t = compileTemplate('${aws:TagKeys}', true);
    assert.equal(t.resolve(ctx({ 'aws:TagKeys': ['a', 'b'] })), null);
    assert.equal(variableValue(ctx({ 'aws:TagKeys': ['a'] }), 'aws:tagkeys'), undefined);
  });

  it('keeps an empty string as a value', () => {
    assert.equal(compileTemplate('x${aws:username}y', true).resolve(ctx({ 'aws:username': '' })), 'xy');
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values
describe('compileTemplate: default values', () => {
  it("uses ${aws:userid, 'anonymous'} when the key is missing", () => {
    const t = compileTemplate("arn:aws:s3:::/bucket/${aws:userid, 'anonymous'}", true);
    assert.equal(t.resolve(ctx({})), 'arn:aws:s3:::/bucket/anonymous');
    assert.equal(t.resolve(ctx({ 'aws:userid': 'AIDAEXAMPLE' })), 'arn:aws:s3:::/bucket/AIDAEXAMPLE');
    assert.deepEqual(t.variableKeys, ['aws:userid']);
  });

  it('is lenient about spaces around the comma and the key', () => {
    for (const text of ["${aws:userid,'x'}", "${ aws:userid ,  'x' }", "${aws:userid , 'x'}"]) {
      assert.equal(compileTemplate(text, true).resolve(ctx({})), 'x', text);
    }
  });

  it('allows an empty default and a default containing a closing brace', () => {
    assert.equal(compileTemplate("a${k, ''}b", true).resolve(ctx({})), 'ab');
    assert.equal(compileTemplate("${k, 'x}y'}", true).resolve(ctx({})), 'x}y');
  });

  it('uses the default for a multivalued key', () => {
    assert.equal(
      compileTemplate("${aws:TagKeys, 'none'}", true).resolve(ctx({ 'aws:TagKeys': ['a'] })),
      'none',
    );
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
describe('compileTemplate: special characters', () => {
  it('turns ${*}, ${?} and ${$} into literal characters and stays literal', () => {
    const t = compileTemplate('a${*}b${?}c${$}d', true);
    assert.equal(t.isLiteral, true);
    assert.deepEqual(t.variableKeys, []);
    assert.equal(t.resolve(ctx({})), 'a*b?c$d');
    assert.equal(t.resolveLiteral(), 'a*b?c$d');
  });
});

// "If you don't include the Version element ... variables like ${aws:username} are treated as literal strings"
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-intro
describe('compileTemplate: variables not allowed', () => {
  it('keeps ${...} as written, escapes included', () => {
    const t = compileTemplate('home/${aws:username}/${*}', false);
    assert.equal(t.isLiteral, true);
    assert.deepEqual(t.variableKeys, []);
    assert.equal(t.resolve(ctx({ 'aws:username': 'x' })), 'home/${aws:username}/${*}');
  });
});

describe('compileTemplate: text that is not a variable', () => {
  it('keeps an unterminated ${ and malformed bodies as written', () => {
    assert.equal(compileTemplate('a${b', true).resolve(ctx({})), 'a${b');
    assert.equal(compileTemplate('a${}b', true).resolve(ctx({})), 'a${}b');
    assert.equal(compileTemplate('a${k, nodefault}b', true).resolve(ctx({})), 'a${k, nodefault}b');
    assert.equal(compileTemplate('cost $5', true).resolve(ctx({})), 'cost $5');
  });
});

// A `*` produced by ${*} is a literal star, not a wildcard; wildcards written in the policy stay wildcards.
describe('resolvePattern', () => {
  it('keeps written wildcards and makes escapes and variable values literal', () => {
    const t = compileTemplate('files/${*}/${aws:username}/*', true);
    const pattern = resolvePattern(t, ctx({ 'aws:username': 'a?b' }));
    assert.deepEqual(pattern, ['files/', '*', '/', 'a?b', '/', ANY_RUN]);
    const match = compileGlob(pattern!);
    assert.equal(match('files/*/a?b/anything'), true);
    assert.equal(match('files/x/a?b/anything'), false);
    assert.equal(match('files/*/axb/anything'), false);
  });

  it('is null when a variable has no value', () => {
    assert.equal(resolvePattern(compileTemplate('${aws:username}*', true), ctx({})), null);
  });

  it('returns the precomputed pattern for literal templates', () => {
    const t = compileTemplate('a*', true);
    assert.equal(resolvePattern(t, ctx({})), resolvePattern(t, ctx({ x: 'y' })));
  });
});
