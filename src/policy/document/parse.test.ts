/**
 * Tests for parsePolicy / policyFromJson: the AST shape, value normalization, paths and locate().
 * Grammar per https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Statement } from './ast.js';
import { parsePolicy, policyFromJson } from './parse.js';

function onlyStatement(text: string): Statement {
  const result = parsePolicy(text);
  assert.deepEqual(result.findings, [], JSON.stringify(result.findings));
  const statement = result.document?.statements[0];
  assert.ok(statement !== undefined);
  return statement;
}

describe('parsePolicy: AST', () => {
  it('reads a statement array with every element', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Id: 'cd3ad3d9-2776-4ef1-a904-4c229d1642ee',
      Statement: [
        { Sid: 'First', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        {
          Sid: 'Second',
          Effect: 'Deny',
          NotPrincipal: {
            AWS: ['arn:aws:iam::111122223333:root', '444455556666'],
            Service: 'ec2.amazonaws.com',
          },
          NotAction: ['iam:*'],
          NotResource: 'arn:aws:s3:::bucket/*',
        },
      ],
    });
    const result = parsePolicy(text);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(result.document, {
      version: '2012-10-17',
      id: 'cd3ad3d9-2776-4ef1-a904-4c229d1642ee',
      statements: [
        {
          index: 0,
          sid: 'First',
          effect: 'Allow',
          action: ['s3:ListAllMyBuckets'],
          resource: ['*'],
          conditions: [],
          path: ['Statement', 0],
        },
        {
          index: 1,
          sid: 'Second',
          effect: 'Deny',
          notPrincipal: {
            AWS: ['arn:aws:iam::111122223333:root', '444455556666'],
            Service: ['ec2.amazonaws.com'],
          },
          notAction: ['iam:*'],
          notResource: ['arn:aws:s3:::bucket/*'],
          conditions: [],
          path: ['Statement', 1],
        },
      ],
    });
  });

  it('addresses a single-object Statement as index 0 at path [Statement, 0]', () => {
    const statement = onlyStatement(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}}',
    );
    assert.equal(statement.index, 0);
    assert.deepEqual(statement.path, ['Statement', 0]);
    assert.equal(statement.principal, '*');
  });

  it('keeps wildcards, variables and {"AWS": "*"} exactly as written', () => {
    const statement = onlyStatement(
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"IAM:list*","Resource":"arn:aws:iam::*:user/${aws:username}"}}',
    );
    assert.deepEqual(statement.principal, { AWS: ['*'] });
    assert.deepEqual(statement.action, ['IAM:list*']);
    assert.deepEqual(statement.resource, ['arn:aws:iam::*:user/${aws:username}']);
  });

  it('omits absent optional elements instead of setting them to undefined', () => {
    const statement = onlyStatement(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}',
    );
    assert.deepEqual(Object.keys(statement).sort(), [
      'action',
      'conditions',
      'effect',
      'index',
      'path',
      'resource',
    ]);
  });
});

describe('parsePolicy: conditions', () => {
  it('flattens operators and keys in source order and stringifies booleans and numbers', () => {
    const statement =
      onlyStatement(`{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"kms:CreateGrant","Resource":"*",
      "Condition":{"Bool":{"kms:GrantIsForAWSResource":true},
                   "NumericLessThanEquals":{"s3:max-keys":[10, 2.50]},
                   "ForAnyValue:StringLike":{"kms:ViaService":["ec2.*.amazonaws.com"],"aws:SourceAccount":123456789012}}}}`);
    assert.deepEqual(statement.conditions, [
      {
        operator: 'Bool',
        key: 'kms:GrantIsForAWSResource',
        values: ['true'],
        path: ['Statement', 0, 'Condition', 'Bool', 'kms:GrantIsForAWSResource'],
      },
      {
        operator: 'NumericLessThanEquals',
        key: 's3:max-keys',
        values: ['10', '2.50'],
        path: ['Statement', 0, 'Condition', 'NumericLessThanEquals', 's3:max-keys'],
      },
      {
        operator: 'ForAnyValue:StringLike',
        key: 'kms:ViaService',
        values: ['ec2.*.amazonaws.com'],
        path: ['Statement', 0, 'Condition', 'ForAnyValue:StringLike', 'kms:ViaService'],
      },
      {
        operator: 'ForAnyValue:StringLike',
        key: 'aws:SourceAccount',
        values: ['123456789012'],
        path: ['Statement', 0, 'Condition', 'ForAnyValue:StringLike', 'aws:SourceAccount'],
      },
    ]);
  });
});

describe('parsePolicy: locate', () => {
  const text = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": {',
    '    "Effect": "Allow",',
    '    "Action": "s3:GetObject",',
    '    "Resource": ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*"],',
    '    "Condition": {"StringEquals": {"aws:PrincipalTag/team": "x"}}',
    '  }',
    '}',
  ].join('\n');
  const result = parsePolicy(text);

  it('resolves AST paths, including a single-object Statement and single-string lists', () => {
    const statement = result.document?.statements[0];
    assert.ok(statement !== undefined);
    const at = (path: readonly (string | number)[]): string | undefined => {
      const span = result.locate(path);
      return span === undefined ? undefined : text.slice(span.start.offset, span.end.offset);
    };
    assert.equal(at([...statement.path, 'Action', 0]), '"s3:GetObject"');
    assert.equal(at([...statement.path, 'Resource', 1]), '"arn:aws:s3:::b/*"');
    assert.equal(at(statement.conditions[0]?.path ?? []), '"x"');
    assert.deepEqual(result.locate(['Statement', 0, 'Effect'])?.start, {
      line: 4,
      column: 15,
      offset: text.indexOf('"Allow"'),
    });
    assert.equal(result.locate(['Statement', 1]), undefined);
  });

  it('has no spans when the policy came from a value', () => {
    const fromValue = policyFromJson(JSON.parse(text));
    assert.equal(fromValue.locate(['Statement', 0, 'Effect']), undefined);
  });
});

describe('policyFromJson', () => {
  it('builds the same AST as parsePolicy from the same JSON', () => {
    const value = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ec2:RunInstances'],
          Resource: '*',
          Condition: { Bool: { 'aws:ViaAWSService': false } },
        },
      ],
    };
    const fromValue = policyFromJson(value);
    assert.deepEqual(fromValue.findings, []);
    assert.deepEqual(fromValue.document, parsePolicy(JSON.stringify(value)).document);
  });

  it('reports values JSON cannot hold as data type mismatches, without spans, and never throws', () => {
    const result = policyFromJson({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: [undefined], Resource: Number.NaN }],
    });
    assert.equal(result.document, undefined);
    assert.deepEqual(
      result.findings.map((f) => [f.issueCode, f.path, f.span]),
      [
        ['DATA_TYPE_MISMATCH', ['Statement', 0, 'Action', 0], undefined],
        ['DATA_TYPE_MISMATCH', ['Statement', 0, 'Resource'], undefined],
      ],
    );
    for (const odd of [null, 42, 'text', [], new Date(0), () => 1]) {
      assert.equal(policyFromJson(odd).findings[0]?.issueCode, 'DATA_TYPE_MISMATCH');
    }
  });

  it('never throws, even on a throwing getter or non-string text', () => {
    const hostile = Object.defineProperty({}, 'Version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    assert.equal(policyFromJson(hostile).findings[0]?.issueCode, 'DATA_TYPE_MISMATCH');
    assert.equal(parsePolicy(undefined as unknown as string).findings[0]?.issueCode, 'JSON_SYNTAX_ERROR');
  });

  it('survives a cyclic value', () => {
    const statement: Record<string, unknown> = { Effect: 'Allow', Action: '*', Resource: '*' };
    statement['Condition'] = { StringEquals: { 'aws:x': statement } };
    const result = policyFromJson({ Version: '2012-10-17', Statement: statement });
    assert.equal(result.document, undefined);
    assert.equal(result.findings[0]?.issueCode, 'DATA_TYPE_MISMATCH');
  });
});

describe('parsePolicy: speed', () => {});
