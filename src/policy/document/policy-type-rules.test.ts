/**
 * Tests for the grammar rules that depend on the policy type (`parsePolicy(text, { type })`).
 * Sources: IAM UG Principal, Id and Sid element pages; Access Analyzer check reference (trust policy and
 * SCP checks); AWS Organizations SCP and RCP syntax pages (see policy-type-rules.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ValidationPolicyType } from '../validate/finding.js';
import { parsePolicy, type ParseResult } from './parse.js';

function parse(
  type: ValidationPolicyType,
  statement: Record<string, unknown>,
  top: Record<string, unknown> = {},
): ParseResult {
  return parsePolicy(JSON.stringify({ Version: '2012-10-17', ...top, Statement: [statement] }), { type });
}

function codes(result: ParseResult): string[] {
  return result.findings.map((f) => f.issueCode);
}

const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };

describe('identity-based types (identity, boundary, session)', () => {
  for (const type of ['identity', 'boundary', 'session'] as const) {
    it(`${type}: forbids Principal and NotPrincipal but keeps the document`, () => {
      const principal = parse(type, { ...allowAll, Principal: { AWS: '111122223333' } });
      assert.deepEqual(codes(principal), ['UNSUPPORTED_PRINCIPAL']);
      assert.deepEqual(principal.findings[0]?.path, ['Statement', 0, 'Principal']);
      assert.ok(principal.document !== undefined);
      assert.deepEqual(
        codes(parse(type, { ...allowAll, Effect: 'Deny', NotPrincipal: { AWS: '111122223333' } })),
        ['UNSUPPORTED_PRINCIPAL'],
      );
    });

    it(`${type}: forbids Id, requires Resource, restricts Sid characters`, () => {
      assert.deepEqual(codes(parse(type, allowAll, { Id: 'policy-1' })), ['UNSUPPORTED_ID']);
      const noResource = parse(type, { Effect: 'Allow', Action: '*' });
      assert.deepEqual(codes(noResource), ['MISSING_RESOURCE']);
      assert.equal(noResource.document, undefined);
      const sid = parse(type, { ...allowAll, Sid: 'Allow all-things' });
      assert.deepEqual(codes(sid), ['UNSUPPORTED_SID']);
      assert.ok(sid.document !== undefined);
      assert.deepEqual(codes(parse(type, { ...allowAll, Sid: 'AllowAll2' })), []);
    });
  }
});

describe('resource-based policies', () => {
  it('require Principal or NotPrincipal, allow Id and any Sid characters', () => {
    const missing = parse('resource', allowAll);
    assert.deepEqual(codes(missing), ['MISSING_PRINCIPAL']);
    assert.ok(missing.document !== undefined);
    assert.deepEqual(
      codes(parse('resource', { ...allowAll, Sid: 'Allow public-read', Principal: '*' }, { Id: 'x' })),
      [],
    );
    assert.deepEqual(
      codes(
        parse('resource', {
          ...allowAll,
          Effect: 'Deny',
          NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
        }),
      ),
      [],
    );
    assert.deepEqual(codes(parse('resource', { Effect: 'Allow', Principal: '*', Action: '*' })), [
      'MISSING_RESOURCE',
    ]);
  });
});

describe('role trust policies', () => {
  const trust = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' };

  it('have no Resource, and the AST then has neither resource nor notResource', () => {
    const result = parse('trust', trust);
    assert.deepEqual(result.findings, []);
    const statement = result.document?.statements[0];
    assert.ok(statement !== undefined);
    assert.ok(!('resource' in statement) && !('notResource' in statement));
  });

  it('reject Resource, NotResource and NotPrincipal, and require a Principal', () => {
    assert.deepEqual(codes(parse('trust', { ...trust, Resource: '*' })), [
      'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
    ]);
    assert.deepEqual(codes(parse('trust', { ...trust, NotResource: 'x' })), [
      'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
    ]);
    const notPrincipal = {
      Effect: 'Deny',
      NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'sts:AssumeRole',
    };
    assert.deepEqual(codes(parse('trust', notPrincipal)), ['ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL']);
    assert.deepEqual(codes(parse('trust', { Effect: 'Allow', Action: 'sts:AssumeRole' })), [
      'MISSING_PRINCIPAL',
    ]);
  });

  it('reject a wildcard-only principal', () => {
    assert.deepEqual(codes(parse('trust', { ...trust, Principal: '*' })), [
      'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    ]);
    assert.deepEqual(codes(parse('trust', { ...trust, Principal: { AWS: '*' } })), [
      'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    ]);
  });

  it('allow only the STS actions on roles, case-insensitively and through wildcards', () => {
    const actions = [
      'sts:AssumeRole',
      'sts:AssumeRoleWithSAML',
      'sts:AssumeRoleWithWebIdentity',
      'sts:TagSession',
      'sts:SetSourceIdentity',
      'sts:SetContext',
      'STS:assumerole',
      'sts:AssumeRole*',
      'sts:*',
    ];
    assert.deepEqual(codes(parse('trust', { ...trust, Action: actions })), []);
    const bad = parse('trust', {
      ...trust,
      Action: ['sts:AssumeRole', 's3:GetObject', 'sts:GetCallerIdentity', 'iam:*'],
    });
    assert.deepEqual(codes(bad), [
      'UNSUPPORTED_ACTION_IN_POLICY',
      'UNSUPPORTED_ACTION_IN_POLICY',
      'UNSUPPORTED_ACTION_IN_POLICY',
    ]);
    assert.deepEqual(
      bad.findings.map((f) => f.path),
      [
        ['Statement', 0, 'Action', 1],
        ['Statement', 0, 'Action', 2],
        ['Statement', 0, 'Action', 3],
      ],
    );
    assert.ok(bad.document !== undefined);
  });
});

describe('service control policies', () => {
  it('forbid Principal and NotPrincipal', () => {
    assert.deepEqual(codes(parse('scp', { ...allowAll, Principal: '*' })), ['SCP_SYNTAX_ERROR_PRINCIPAL']);
    assert.deepEqual(codes(parse('scp', { ...allowAll, Effect: 'Deny', NotPrincipal: { AWS: 'x' } })), [
      'SCP_SYNTAX_ERROR_PRINCIPAL',
    ]);
  });

  it('accept Condition, NotAction, Resource and NotResource with Allow as well as Deny (2025 syntax)', () => {
    const allow = {
      Effect: 'Allow',
      NotAction: 'iam:*',
      NotResource: 'arn:aws:s3:::b',
      Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
    };
    assert.deepEqual(codes(parse('scp', allow)), []);
    assert.deepEqual(codes(parse('scp', { ...allow, Effect: 'Deny' })), []);
  });

  it('require Version 2012-10-17 and reject Id', () => {
    const old = parsePolicy(JSON.stringify({ Version: '2008-10-17', Statement: allowAll }), { type: 'scp' });
    assert.deepEqual(codes(old), ['INVALID_VERSION']);
    assert.ok(old.document !== undefined);
    assert.deepEqual(codes(parse('scp', allowAll, { Id: 'x' })), ['UNSUPPORTED_ID']);
  });
});

describe('resource control policies', () => {
  const deny = {
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: '*',
    Condition: { Bool: { 'aws:SecureTransport': false } },
  };

  it('accept Deny statements with "Principal": "*"', () => {
    assert.deepEqual(codes(parse('rcp', deny)), []);
  });

  it('accept Allow only in the RCPFullAWSAccess shape', () => {
    assert.deepEqual(
      codes(parse('rcp', { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' })),
      [],
    );
    assert.deepEqual(codes(parse('rcp', { ...deny, Effect: 'Allow' })), ['RCP_SYNTAX_ERROR_ALLOW']);
  });

  it('require "Principal": "*" and reject NotPrincipal and NotAction', () => {
    assert.deepEqual(codes(parse('rcp', { ...deny, Principal: { AWS: '111122223333' } })), [
      'RCP_SYNTAX_ERROR_PRINCIPAL',
    ]);
    const { Principal: _principal, ...noPrincipal } = deny;
    assert.deepEqual(codes(parse('rcp', noPrincipal)), ['MISSING_PRINCIPAL']);
    assert.deepEqual(codes(parse('rcp', { ...noPrincipal, NotPrincipal: { AWS: 'x' } })), [
      'RCP_SYNTAX_ERROR_NOTPRINCIPAL',
    ]);
    const { Action: _action, ...noAction } = deny;
    assert.deepEqual(codes(parse('rcp', { ...noAction, NotAction: 's3:GetObject' })), [
      'RCP_SYNTAX_ERROR_NOTACTION',
    ]);
  });

  it('mark codes without an Access Analyzer counterpart by omitting learnMoreLink', () => {
    const finding = parse('rcp', { ...deny, Effect: 'Allow' }).findings[0];
    assert.equal(finding?.learnMoreLink, undefined);
    assert.equal(finding?.findingType, 'ERROR');
  });
});
