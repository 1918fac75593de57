/**
 * Tests for the grammar findings every policy type shares: issue codes and finding types from the Access
 * Analyzer check reference, the path and span of each finding, and which findings withhold the AST.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../validate/finding.js';
import { parsePolicy, type ParseResult } from './parse.js';

const V = '"Version": "2012-10-17"';

/** Parses `{Version, Statement: [statement]}` built from a JSON fragment of the statement's members. */
function statement(members: string): ParseResult {
  return parsePolicy(`{${V}, "Statement": [{${members}}]}`);
}

function only(result: ParseResult, code: string): Finding {
  const found = result.findings.filter((f) => f.issueCode === code);
  assert.equal(found.length, 1, `${code} in ${JSON.stringify(result.findings.map((f) => f.issueCode))}`);
  return found[0] as Finding;
}

function spanText(text: string, finding: Finding): string | undefined {
  return finding.span && text.slice(finding.span.start.offset, finding.span.end.offset);
}

describe('fatal grammar errors withhold the document', () => {
  const cases: [string, string, string, readonly (string | number)[]][] = [
    ['no Effect', '"Action": "*", "Resource": "*"', 'MISSING_EFFECT', ['Statement', 0]],
    [
      'a lower-case Effect',
      '"Effect": "allow", "Action": "*", "Resource": "*"',
      'INVALID_EFFECT',
      ['Statement', 0, 'Effect'],
    ],
    [
      'a non-string Effect',
      '"Effect": true, "Action": "*", "Resource": "*"',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Effect'],
    ],
    ['no Action or NotAction', '"Effect": "Allow", "Resource": "*"', 'MISSING_ACTION', ['Statement', 0]],
    [
      'Action and NotAction',
      '"Effect": "Allow", "Action": "*", "NotAction": "s3:*", "Resource": "*"',
      'UNSUPPORTED_ELEMENT_COMBINATION',
      ['Statement', 0, 'NotAction'],
    ],
    [
      'Resource and NotResource',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "x"',
      'UNSUPPORTED_ELEMENT_COMBINATION',
      ['Statement', 0, 'NotResource'],
    ],
    [
      'Principal and NotPrincipal',
      '"Effect": "Allow", "Principal": "*", "NotPrincipal": "*", "Action": "*", "Resource": "*"',
      'UNSUPPORTED_ELEMENT_COMBINATION',
      ['Statement', 0, 'NotPrincipal'],
    ],
    [
      'an unknown element',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Actions": "x"',
      'INVALID_POLICY_ELEMENT',
      ['Statement', 0, 'Actions'],
    ],
    [
      'a number in Action',
      '"Effect": "Allow", "Action": ["s3:GetObject", 3], "Resource": "*"',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Action', 1],
    ],
    [
      'an object as Resource',
      '"Effect": "Allow", "Action": "*", "Resource": {"a": 1}',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Resource'],
    ],
    [
      'a number as Sid',
      '"Sid": 1, "Effect": "Allow", "Action": "*", "Resource": "*"',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Sid'],
    ],
    [
      'an unknown principal key',
      '"Effect": "Allow", "Principal": {"User": "x"}, "Action": "*", "Resource": "*"',
      'INVALID_PRINCIPAL_KEY',
      ['Statement', 0, 'Principal', 'User'],
    ],
    [
      'a lower-case principal key',
      '"Effect": "Allow", "Principal": {"aws": "x"}, "Action": "*", "Resource": "*"',
      'INVALID_PRINCIPAL_KEY',
      ['Statement', 0, 'Principal', 'aws'],
    ],
    [
      'a bare ARN as Principal',
      '"Effect": "Allow", "Principal": "arn:aws:iam::111122223333:root", "Action": "*", "Resource": "*"',
      'INVALID_PRINCIPAL_FORMAT',
      ['Statement', 0, 'Principal'],
    ],
    [
      'an array as Principal',
      '"Effect": "Allow", "Principal": ["*"], "Action": "*", "Resource": "*"',
      'INVALID_PRINCIPAL_FORMAT',
      ['Statement', 0, 'Principal'],
    ],
    [
      'a number in a principal list',
      '"Effect": "Allow", "Principal": {"AWS": [123456789012]}, "Action": "*", "Resource": "*"',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Principal', 'AWS', 0],
    ],
    [
      'a null condition value',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": null}}',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Condition', 'Null', 'aws:TokenIssueTime'],
    ],
    [
      'an object condition value',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:x": ["a", {"b": 1}]}}',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Condition', 'StringEquals', 'aws:x', 1],
    ],
    [
      'a condition operator that is not an object',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": "x"}',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Condition', 'StringEquals'],
    ],
    [
      'a Condition that is an array',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": []',
      'DATA_TYPE_MISMATCH',
      ['Statement', 0, 'Condition'],
    ],
    [
      'keys differing only in case',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:username": "a", "AWS:UserName": "b"}}',
      'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
      ['Statement', 0, 'Condition', 'StringEquals', 'AWS:UserName'],
    ],
    [
      'a repeated key',
      '"Effect": "Allow", "Effect": "Deny", "Action": "*", "Resource": "*"',
      'DUPLICATE_KEYS',
      ['Statement', 0, 'Effect'],
    ],
  ];
  for (const [name, members, code, path] of cases) {
    it(`reports ${name} as ${code}`, () => {
      const result = statement(members);
      const finding = only(result, code);
      assert.equal(finding.findingType, 'ERROR');
      assert.deepEqual(finding.path, path);
      assert.ok(finding.span !== undefined);
      assert.equal(result.document, undefined);
    });
  }

  it('points the span at the offending text', () => {
    const text = `{${V}, "Statement": {"Effect": "Permit", "Action": "*", "Resource": "*", "Foo": 1}}`;
    const result = parsePolicy(text);
    assert.equal(spanText(text, only(result, 'INVALID_EFFECT')), '"Permit"');
    assert.equal(spanText(text, only(result, 'INVALID_POLICY_ELEMENT')), '"Foo"');
    assert.deepEqual(only(result, 'INVALID_EFFECT').path, ['Statement', 0, 'Effect']);
    assert.equal(
      only(result, 'INVALID_EFFECT').learnMoreLink,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-effect',
    );
  });

  it('gives a repeated key in a single-object Statement the logical path', () => {
    const text = `{${V}, "Statement": {"Effect": "Allow", "Action": "*", "Action": "s3:*", "Resource": "*"}}`;
    const finding = only(parsePolicy(text), 'DUPLICATE_KEYS');
    assert.deepEqual(finding.path, ['Statement', 0, 'Action']);
    assert.equal(finding.span?.start.offset, text.lastIndexOf('"Action"'));
  });
});

describe('document-level findings', () => {
  it('reports JSON syntax errors with index, line and column', () => {
    const text = `{\n  ${V},\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}`;
    const result = parsePolicy(text);
    assert.equal(result.document, undefined);
    const finding = only(result, 'JSON_SYNTAX_ERROR');
    assert.equal(finding.findingType, 'ERROR');
    assert.deepEqual(finding.path, []);
    const offset = text.indexOf(',}') + 1;
    assert.deepEqual(finding.span, {
      start: { line: 4, column: 24, offset },
      end: { line: 4, column: 24, offset },
    });
    assert.match(
      finding.message,
      new RegExp(`^Fix the JSON syntax error at index ${offset} line 4 column 24`),
    );
  });

  it('requires a Statement, as an object or an array of objects', () => {
    assert.equal(parsePolicy(`{${V}}`).findings[0]?.issueCode, 'MISSING_STATEMENT');
    assert.equal(parsePolicy(`{${V}}`).document, undefined);
    assert.deepEqual(only(parsePolicy(`{${V}, "Statement": "x"}`), 'DATA_TYPE_MISMATCH').path, ['Statement']);
    assert.deepEqual(only(parsePolicy(`{${V}, "Statement": [1]}`), 'DATA_TYPE_MISMATCH').path, [
      'Statement',
      0,
    ]);
    assert.equal(only(parsePolicy('[]'), 'DATA_TYPE_MISMATCH').findingType, 'ERROR');
  });

  it('reports an empty Statement list but keeps the (empty) document', () => {
    const result = parsePolicy(`{${V}, "Statement": []}`);
    assert.equal(only(result, 'MISSING_STATEMENT').findingType, 'ERROR');
    assert.deepEqual(result.document, { version: '2012-10-17', statements: [] });
  });

  it('rejects unknown versions and unknown top-level elements', () => {
    const good = '"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}';
    const version = parsePolicy(`{"Version": "2012-10-18", ${good}}`);
    assert.match(only(version, 'INVALID_VERSION').message, /2012-10-18 is not valid/);
    assert.equal(version.document, undefined);
    assert.equal(only(parsePolicy(`{"Version": 2012, ${good}}`), 'DATA_TYPE_MISMATCH').findingType, 'ERROR');
    assert.deepEqual(only(parsePolicy(`{${V}, "Statment": [], ${good}}`), 'INVALID_POLICY_ELEMENT').path, [
      'Statment',
    ]);
  });

  it('accepts the 2008-10-17 version', () => {
    const result = parsePolicy(
      '{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}',
    );
    assert.deepEqual(result.findings, []);
    assert.equal(result.document?.version, '2008-10-17');
  });
});

describe('non-fatal findings keep the document', () => {
  const cases: [string, string, string, Finding['findingType'], readonly (string | number)[]][] = [
    [
      'an empty Sid',
      '"Sid": "", "Effect": "Allow", "Action": "*", "Resource": "*"',
      'EMPTY_SID_VALUE',
      'SUGGESTION',
      ['Statement', 0, 'Sid'],
    ],
    [
      'an empty Action list',
      '"Effect": "Allow", "Action": [], "Resource": "*"',
      'EMPTY_ARRAY_ACTION',
      'SUGGESTION',
      ['Statement', 0, 'Action'],
    ],
    [
      'an empty Resource list',
      '"Effect": "Allow", "Action": "*", "Resource": []',
      'EMPTY_ARRAY_RESOURCE',
      'SUGGESTION',
      ['Statement', 0, 'Resource'],
    ],
    [
      'an empty principal list',
      '"Effect": "Allow", "Principal": {"AWS": []}, "Action": "*", "Resource": "*"',
      'EMPTY_ARRAY_PRINCIPAL',
      'SUGGESTION',
      ['Statement', 0, 'Principal', 'AWS'],
    ],
    [
      'an empty principal map',
      '"Effect": "Allow", "Principal": {}, "Action": "*", "Resource": "*"',
      'EMPTY_OBJECT_PRINCIPAL',
      'SUGGESTION',
      ['Statement', 0, 'Principal'],
    ],
    [
      'an empty Condition',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {}',
      'EMPTY_OBJECT_CONDITION',
      'SUGGESTION',
      ['Statement', 0, 'Condition'],
    ],
    [
      'an empty condition block',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringLike": {}}',
      'EMPTY_OBJECT_CONDITION',
      'SUGGESTION',
      ['Statement', 0, 'Condition', 'StringLike'],
    ],
    [
      'an empty condition value list',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringLike": {"aws:x": []}}',
      'EMPTY_ARRAY_CONDITION',
      'SUGGESTION',
      ['Statement', 0, 'Condition', 'StringLike', 'aws:x'],
    ],
    [
      'an empty ForAllValues list',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": []}}',
      'EMPTY_ARRAY_CONDITION_FORALLVALUES',
      'SUGGESTION',
      ['Statement', 0, 'Condition', 'ForAllValues:StringEquals', 'aws:TagKeys'],
    ],
    [
      'an empty ForAnyValue list',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"aws:TagKeys": []}}',
      'EMPTY_ARRAY_CONDITION_FORANYVALUE',
      'SUGGESTION',
      ['Statement', 0, 'Condition', 'ForAnyValue:StringEquals', 'aws:TagKeys'],
    ],
    [
      'an empty IfExists list',
      '"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqualsIfExists": {"aws:x": []}}',
      'EMPTY_ARRAY_CONDITION_IFEXISTS',
      'SUGGESTION',
      ['Statement', 0, 'Condition', 'StringEqualsIfExists', 'aws:x'],
    ],
  ];
  for (const [name, members, code, type, path] of cases) {
    it(`reports ${name} as ${code} (${type})`, () => {
      const result = statement(members);
      const finding = only(result, code);
      assert.equal(finding.findingType, type);
      assert.deepEqual(finding.path, path);
      assert.equal(result.findings.length, 1);
      assert.ok(result.document !== undefined);
    });
  }

  it('warns about a missing Version and keeps the document', () => {
    const result = parsePolicy('{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}');
    assert.equal(only(result, 'MISSING_VERSION').findingType, 'WARNING');
    assert.equal(result.document?.version, undefined);
    assert.equal(result.document?.statements.length, 1);
  });

  it('warns about repeated Sids on the later statement', () => {
    const s = '{"Sid": "Same", "Effect": "Allow", "Action": "*", "Resource": "*"}';
    const result = parsePolicy(`{${V}, "Statement": [${s}, ${s}]}`);
    const finding = only(result, 'UNIQUE_SIDS_RECOMMENDED');
    assert.equal(finding.findingType, 'WARNING');
    assert.deepEqual(finding.path, ['Statement', 1, 'Sid']);
    assert.equal(result.document?.statements.length, 2);
  });

  it('does not require Resource or Principal when no policy type is given', () => {
    const result = statement('"Effect": "Allow", "Action": "sts:AssumeRole"');
    assert.deepEqual(result.findings, []);
    assert.equal(result.document?.statements[0]?.resource, undefined);
  });
});
