/**
 * Tests for the Date condition operators and date parsing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * W3C ISO 8601 profile: http://www.w3.org/TR/NOTE-datetime
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDate } from './date-parse.js';
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

describe('parseDate', () => {
  it('reads the W3C profiles of ISO 8601', () => {
    assert.equal(parseDate('1997-07'), Date.UTC(1997, 6, 1));
    assert.equal(parseDate('1997-07-16'), Date.UTC(1997, 6, 16));
    assert.equal(parseDate('1997-07-16T19:20+01:00'), Date.UTC(1997, 6, 16, 18, 20));
    assert.equal(parseDate('1997-07-16T19:20:30+01:00'), Date.UTC(1997, 6, 16, 18, 20, 30));
    assert.equal(parseDate('1997-07-16T19:20:30.45+01:00'), Date.UTC(1997, 6, 16, 18, 20, 30, 450));
    assert.equal(parseDate('2020-01-01T00:00:01Z'), Date.UTC(2020, 0, 1, 0, 0, 1));
    assert.equal(parseDate('2020-01-01T00:00:01-0530'), Date.UTC(2020, 0, 1, 5, 30, 1));
  });

  it('reads epoch (UNIX) seconds', () => {
    assert.equal(parseDate('0'), 0);
    assert.equal(parseDate('1577836801'), Date.UTC(2020, 0, 1, 0, 0, 1));
  });

  it('agrees with toISOString for any instant from year 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString(); // YYYY-MM-DDThh:mm:ss.sssZ
        assert.equal(parseDate(iso), ms, iso);
        assert.equal(parseDate(iso.slice(0, 10)), Math.floor(ms / 86_400_000) * 86_400_000, iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects malformed and impossible dates', () => {
    for (const bad of [
      '',
      'yesterday',
      '2020-13-01',
      '2021-02-29',
      '2020-01-01T25:00Z',
      '2020-01-01 00:00Z',
      '2020-1-1',
      '2020-01-01T00:00:00+5',
    ]) {
      assert.equal(parseDate(bad), undefined, bad);
    }
  });
});

describe('Date operators', () => {
  // The aws:TokenIssueTime example: credentials issued after 2020-01-01T00:00:01Z.
  it('DateGreaterThan compares instants', () => {
    const c = cond('DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z']);
    assert.equal(run(c, { 'aws:TokenIssueTime': '2020-06-01T12:00:00Z' }), true);
    assert.equal(run(c, { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' }), false);
    assert.equal(run(c, { 'aws:TokenIssueTime': '2019-12-31T23:59:59Z' }), false);
  });

  // "The aws:TokenIssueTime key is present in the request context only when the principal uses temporary credentials"
  it('does not match a missing key', () => {
    assert.equal(run(cond('DateGreaterThan', 'aws:TokenIssueTime', ['2020-01-01T00:00:01Z']), {}), false);
  });

  it('accepts ISO and epoch time on either side', () => {
    assert.equal(
      run(cond('DateEquals', 'aws:EpochTime', ['2020-01-01T00:00:01Z']), { 'aws:EpochTime': '1577836801' }),
      true,
    );
    assert.equal(
      run(cond('DateLessThan', 'aws:CurrentTime', ['1577836801']), {
        'aws:CurrentTime': '2020-01-01T00:00:00Z',
      }),
      true,
    );
    assert.equal(
      run(cond('DateEquals', 'k', ['2020-01-01T01:00:00+01:00']), { k: '2020-01-01T00:00:00Z' }),
      true,
    );
  });

  it('implements the six operators', () => {
    const at = (op: string, request: string): boolean =>
      run(cond(op, 'k', ['2020-01-02T00:00:00Z']), { k: request });
    const before = '2020-01-01T00:00:00Z';
    const same = '2020-01-02T00:00:00Z';
    const after = '2020-01-03T00:00:00Z';
    assert.deepEqual(
      [
        'DateEquals',
        'DateNotEquals',
        'DateLessThan',
        'DateLessThanEquals',
        'DateGreaterThan',
        'DateGreaterThanEquals',
      ].map((op) => [at(op, same), at(op, before), at(op, after)]),
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

  // "Wildcards are not permitted for date condition operators." / no policy variables
  it('rejects wildcards and variables in policy values', () => {
    assert.equal(cond('DateLessThan', 'k', ['2020-*']).invalid, true);
    assert.equal(cond('DateLessThan', 'k', ['${aws:CurrentTime}']).invalid, true);
  });

  it('a request value that is not a date matches nothing', () => {
    assert.equal(run(cond('DateLessThan', 'k', ['2020-01-01T00:00:00Z']), { k: 'soon' }), false);
    assert.equal(run(cond('DateNotEquals', 'k', ['2020-01-01T00:00:00Z']), { k: 'soon' }), true);
  });
});
