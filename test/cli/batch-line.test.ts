// The fast reader for batch request lines: it must read exactly what JSON.parse reads, or step aside
// (undefined) so that JSON.parse reads the line and reports its errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFastLine, type FastLine } from '../../src/cli/batch-line.js';

/** The members JSON.parse gives, in the fast reader's shape. */
function viaJson(text: string): Partial<FastLine> {
  return JSON.parse(text) as Partial<FastLine>;
}

/** The members a fast read found (dropping the ones it left undefined). */
function members(line: FastLine): Partial<FastLine> {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined));
}

describe('readFastLine', () => {
  it('reads the common shape', () => {
    const text =
      '{"principal":"arn:aws:iam::111122223333:user/alice","action":"s3:GetObject","resource":"arn:aws:s3:::b/k",' +
      '"context":{"aws:SourceIp":"203.0.113.5","aws:TagKeys":["a","b"],"e":[]},"resourceTags":{"team":"blue"},' +
      '"region":"eu-west-1","resourceAccount":"444455556666","now":"2026-01-01T00:00:00Z","expect":"Allow"}';
    const line = readFastLine(text);
    assert.ok(line);
    assert.deepEqual(members(line), viaJson(text));
  });

  it('accepts JSON whitespace anywhere between tokens', () => {
    const text = ' {\t"action" : "s3:GetObject" ,\r\n "context" : { "k" : [ "v" , "w" ] } } \r';
    assert.deepEqual(members(readFastLine(text)!), viaJson(text));
    assert.deepEqual(members(readFastLine('{}')!), {});
    assert.deepEqual(members(readFastLine('{"context":{}}')!), { context: {} });
  });

  it('steps aside for escapes, other value types, unknown members and malformed text', () => {
    for (const text of [
      '{"action":"s3:Get\\u004fbject"}',
      '{"context":{"n":1}}',
      '{"context":{"b":true}}',
      '{"context":{"x":null}}',
      '{"context":{"nested":{"a":"b"}}}',
      '{"principal":{"arn":"arn:aws:iam::111122223333:root"}}',
      '{"note":"free text"}',
      '{"context":{"__proto__":"x"}}',
      '{"action":"s3:GetObject"} trailing',
      '{"action":"s3:GetObject",}',
      '{"action" "s3:GetObject"}',
      '{"action":"s3:GetObject"',
      '["s3:GetObject"]',
      '',
    ]) {
      assert.equal(readFastLine(text), undefined, text);
    }
  });

  it('agrees with JSON.parse on generated lines', () => {
    const text = fc.string({ maxLength: 12 });
    const value = fc.oneof(text, fc.array(text, { maxLength: 3 }));
    const record = fc.dictionary(text, value, { maxKeys: 4 });
    const line = fc.record(
      {
        principal: text,
        action: text,
        resource: text,
        context: record,
        resourceTags: record,
        region: text,
        expect: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(line, (object) => {
        const json = JSON.stringify(object);
        const fast = readFastLine(json);
        if (json.includes('\\') || json.includes('"__proto__"')) {
          // Escaped text takes the JSON.parse path.
          assert.equal(fast, undefined);
        } else {
          assert.ok(fast, json);
          assert.deepEqual(members(fast), JSON.parse(json));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
