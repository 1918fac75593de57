/**
 * Tests for the glob matcher shared by Action, Resource, StringLike and ArnLike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ANY_CHAR,
  ANY_RUN,
  compileGlob,
  globIsLiteral,
  globToString,
  matchGlob,
  normalizeGlob,
  parseGlob,
} from './glob.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
// "multi-character match wildcards (*) and single-character match wildcards (?) anywhere in the string"
describe('compileGlob: wildcards', () => {
  const cases: [string, string, boolean][] = [
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc', 'ABC', false],
    ['', '', true],
    ['', 'a', false],
    ['*', '', true],
    ['*', 'anything/at:all', true],
    ['abc*', 'abc', true],
    ['abc*', 'abcdef', true],
    ['abc*', 'xabc', false],
    ['*abc', 'xyzabc', true],
    ['*abc', 'abcx', false],
    ['*abc*', 'xxabcxx', true],
    ['*abc*', 'xxabxx', false],
    ['a*c', 'ac', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbcd', false],
    ['a*a', 'a', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['*b*b*', 'bb', true],
    ['*b*b*', 'b', false],
    ['x*y*z', 'xyzyz', true],
    ['h?llo', 'hello', true],
    ['h?llo', 'hllo', false],
    ['h?llo', 'heello', false],
    ['??', 'ab', true],
    ['??', 'a', false],
    ['a?*', 'a', false],
    ['a?*', 'ab', true],
    ['a.b', 'axb', false], // `.` is not special
    ['(a)+[b]', '(a)+[b]', true],
    ['^$\\', '^$\\', true],
    ['home/*', 'home/a/b/c', true], // `*` spans `/`
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/k:x', true], // and `:`
    ['a?c', 'a\nc', true], // `?` is any character
    ['a*c', 'a\n\nc', true],
  ];
  for (const [pattern, input, expected] of cases) {
    it(`${JSON.stringify(pattern)} ${expected ? 'matches' : 'does not match'} ${JSON.stringify(input)}`, () => {
      assert.equal(compileGlob(pattern)(input), expected);
    });
  }

  it('`?` matches one code point, not half of a surrogate pair', () => {
    assert.equal(compileGlob('a?b')('a😀b'), true);
  });
});

describe('compileGlob: ignoreCase', () => {
  it('compares both sides lower-cased', () => {
    assert.equal(compileGlob('IAM:Get*', { ignoreCase: true })('iam:getrole'), true);
    assert.equal(compileGlob('iam:getrole', { ignoreCase: true })('IAM:GetRole'), true);
    assert.equal(compileGlob('iam:g?trole', { ignoreCase: true })('IAM:GETROLE'), true);
    assert.equal(compileGlob('iam:getrole', { ignoreCase: false })('IAM:GetRole'), false);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
// `${*}` stands for a literal `*`: a GlobPattern keeps literal stars apart from wildcards.
describe('GlobPattern', () => {
  it('treats `*` and `?` inside text parts as literal characters', () => {
    const literalStar = compileGlob(['a', '*', 'b']);
    assert.equal(literalStar('a*b'), true);
    assert.equal(literalStar('axb'), false);
    const mixed = compileGlob(['a*', ANY_RUN, '?', ANY_CHAR]);
    assert.equal(mixed('a*xyz?!'), true);
    assert.equal(mixed('axyz?!'), false);
  });

  it('parses plain text into parts and writes it back', () => {
    assert.deepEqual(parseGlob('a*b?c'), ['a', ANY_RUN, 'b', ANY_CHAR, 'c']);
    assert.deepEqual(normalizeGlob(['a', 'b', ANY_RUN, ANY_RUN, '', 'c']), ['ab', ANY_RUN, 'c']);
    assert.equal(globIsLiteral(['a', 'b']), true);
    assert.equal(globIsLiteral(parseGlob('a*')), false);
    assert.equal(globToString(['a*$', ANY_RUN, '?']), 'a${*}${$}*${?}');
  });
});

// The three ways of matching (compiled star-only shapes, compiled RegExp, uncompiled matchGlob) must agree
// with a reference RegExp built from the same pattern.
describe('compileGlob and matchGlob agree', () => {
  const reference = (pattern: string, s: string): boolean =>
    new RegExp('^' + pattern.replace(/[*?]/g, (c) => (c === '*' ? '.*' : '.')) + '$', 'su').test(s);
  it('on random patterns and inputs', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?:]{0,8}$/), fc.stringMatching(/^[ab:]{0,10}$/), (pattern, s) => {
        const expected = reference(pattern, s);
        assert.equal(compileGlob(pattern)(s), expected);
        assert.equal(matchGlob(parseGlob(pattern), s), expected);
      }),
      { numRuns: 3000 },
    );
  });
});
