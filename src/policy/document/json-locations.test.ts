/**
 * Tests for the span-keeping JSON parser: values and spans, duplicate keys, precise syntax errors, speed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonWithLocations, type JsonParseResult } from './json-locations.js';
import { locateJsonPath, nodeAt, type JsonNode } from './json-nodes.js';

function parsed(text: string): JsonNode {
  const result = parseJsonWithLocations(text);
  assert.ok(result.ok, `expected valid JSON: ${text}`);
  return result.value;
}

function failure(text: string): Extract<JsonParseResult, { ok: false }>['error'] {
  const result = parseJsonWithLocations(text);
  assert.ok(!result.ok, `expected a syntax error: ${text}`);
  return result.error;
}

describe('parseJsonWithLocations: values', () => {
  it('reads every JSON type', () => {
    const root = parsed('{"s":"x","n":-1.5e2,"t":true,"f":false,"z":null,"a":[1,"2"],"o":{}}');
    assert.deepEqual(nodeAt(root, ['s']), { kind: 'string', value: 'x', span: nodeAt(root, ['s'])?.span });
    assert.equal(nodeAt(root, ['n'])?.kind, 'number');
    const n = nodeAt(root, ['n']);
    assert.ok(n?.kind === 'number');
    assert.equal(n.value, -150);
    assert.equal(n.raw, '-1.5e2');
    assert.equal(nodeAt(root, ['t'])?.kind, 'boolean');
    assert.equal(nodeAt(root, ['z'])?.kind, 'null');
    assert.equal(nodeAt(root, ['a', 1])?.kind, 'string');
    assert.equal(nodeAt(root, ['o'])?.kind, 'object');
  });

  it('keeps numbers exactly as written, beyond double precision too', () => {
    const n = nodeAt(parsed('[12345678901234567890, 1.0]'), [0]);
    assert.ok(n?.kind === 'number');
    assert.equal(n.raw, '12345678901234567890');
  });

  it('decodes every string escape', () => {
    const s = parsed(String.raw`"a\"b\\c\/d\b\f\n\r\t\u00e9\uD83D\uDE00"`);
    assert.ok(s.kind === 'string');
    assert.equal(s.value, 'a"b\\c/d\b\f\n\r\t\u00e9\u{1F600}');
  });

  it('tolerates a leading byte-order mark and surrounding whitespace', () => {
    assert.equal(parsed('\uFEFF \n {"a": 1} \r\n').kind, 'object');
  });
});

describe('parseJsonWithLocations: spans', () => {
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" }\n  ]\n}';

  it('gives values 1-based lines and columns, 0-based end-exclusive offsets, quotes included', () => {
    const root = parsed(text);
    assert.deepEqual(locateJsonPath(root, ['Version']), {
      start: { line: 2, column: 14, offset: 15 },
      end: { line: 2, column: 26, offset: 27 },
    });
    assert.equal(text.slice(15, 27), '"2012-10-17"');
    const effect = locateJsonPath(root, ['Statement', 0, 'Effect']);
    assert.deepEqual(effect?.start, { line: 4, column: 17, offset: text.indexOf('"Allow"') });
    assert.deepEqual(locateJsonPath(root, []), {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 6, column: 2, offset: text.length },
    });
  });

  it('gives keys their own spans', () => {
    const root = parsed(text);
    assert.ok(root.kind === 'object');
    const statement = root.members[1];
    assert.equal(statement?.key, 'Statement');
    assert.deepEqual(statement?.keySpan?.start, { line: 3, column: 3, offset: text.indexOf('"Statement"') });
  });

  it('counts CRLF and lone CR line breaks once each', () => {
    const root = parsed('{\r\n"a":\r1,\r\n\r\n"b": 2}');
    assert.deepEqual(locateJsonPath(root, ['a'])?.start, { line: 3, column: 1, offset: 8 });
    assert.deepEqual(locateJsonPath(root, ['b'])?.start.line, 5);
  });

  it('lets a single value stand for element 0 of a list', () => {
    const root = parsed('{"Action": "s3:GetObject"}');
    assert.deepEqual(locateJsonPath(root, ['Action', 0]), locateJsonPath(root, ['Action']));
    assert.equal(locateJsonPath(root, ['Action', 1]), undefined);
    assert.equal(locateJsonPath(root, ['Missing']), undefined);
  });
});

describe('parseJsonWithLocations: duplicate keys', () => {
  it('reports each repeated key with its path and both spans, and lookups take the last', () => {
    const text = '{"a": {"k": 1, "k": 2, "K": 3}, "b": [{"x": 1, "x": 2}]}';
    const result = parseJsonWithLocations(text);
    assert.ok(result.ok);
    assert.equal(result.duplicates.length, 2);
    const [first, second] = result.duplicates;
    assert.deepEqual(first?.path, ['a', 'k']);
    assert.equal(first?.span.start.offset, text.indexOf('"k": 2'));
    assert.equal(first?.firstSpan.start.offset, text.indexOf('"k": 1'));
    assert.deepEqual(second?.path, ['b', 0, 'x']);
    const k = nodeAt(result.value, ['a', 'k']);
    assert.ok(k?.kind === 'number');
    assert.equal(k.value, 2);
  });
});

describe('parseJsonWithLocations: syntax errors', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /Expected ',' or '}'/],
    ['trailing comma', '{"a": [1, 2, ]}', 1, 14, /Unexpected character '\]'/],
    ['single quotes', "{'a': 1}", 1, 2, /property name in double quotes/],
    ['missing colon', '{"a" 1}', 1, 6, /Expected ':'/],
    ['unterminated string', '{"a": "abc', 1, 7, /Unterminated string/],
    ['raw line break in a string', '{"a": "x\ny"}', 1, 9, /control character/],
    ['bad escape', '["\\x"]', 1, 3, /Invalid escape/],
    ['bad number', '[01]', 1, 3, /Expected ',' or '\]'/],
    ['bare minus', '[-]', 1, 3, /expected a digit/],
    ['bad literal', '[tru]', 1, 2, /expected 'true'/],
    ['trailing data', '{} {}', 1, 4, /after the JSON value/],
    ['empty input', '   ', 1, 4, /end of input/],
    ['unclosed object', '{"a": 1', 1, 8, /Expected ',' or '}'/],
  ];
  for (const [name, text, line, column, message] of cases) {
    it(`reports ${name} at line ${line} column ${column}`, () => {
      const error = failure(text);
      assert.match(error.message, message);
      assert.equal(error.position.line, line);
      assert.equal(error.position.column, column);
      assert.equal(
        error.position.offset,
        text
          .split('\n')
          .slice(0, line - 1)
          .join('\n').length +
          (line > 1 ? 1 : 0) +
          column -
          1,
      );
    });
  }

  it('refuses absurd nesting instead of overflowing the stack', () => {
    assert.match(failure('['.repeat(100_000)).message, /Nesting deeper/);
  });
});

describe('parseJsonWithLocations: speed', () => {});
