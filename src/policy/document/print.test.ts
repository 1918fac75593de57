/**
 * Tests for printPolicy: the canonical output, and the round trip parse(print(doc)) == doc on real
 * policies from the Image Builder guides (fixtures/, extracted from /work/shared/seeds) and on generated
 * documents that follow the AST conventions of ast.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  POLICY_VERSIONS,
  PRINCIPAL_KINDS,
  type ConditionEntry,
  type PolicyDocument,
  type PrincipalBlock,
  type Statement,
} from './ast.js';
import type { ValidationPolicyType } from '../validate/finding.js';
import { parsePolicy } from './parse.js';
import { printPolicy } from './print.js';

/** Fixtures stay in the source tree; tests run from dist/src/policy/document/. */
const FIXTURES = new URL('../../../../src/policy/document/fixtures/', import.meta.url);

function fixtures(): { name: string; text: string; type: ValidationPolicyType }[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      name,
      text: readFileSync(new URL(name, FIXTURES), 'utf8'),
      type: name.endsWith('.trust.json') ? 'trust' : 'identity',
    }));
}

describe('printPolicy on the Image Builder guide policies', () => {
  const all = fixtures();

  it('finds the fixtures', () => {
    assert.ok(all.length >= 10);
  });

  for (const { name, text, type } of all) {
    it(`${name}: parses as a ${type} policy without errors and survives print -> parse`, () => {
      const parsed = parsePolicy(text, { type });
      const errors = parsed.findings.filter((f) => f.findingType === 'ERROR');
      assert.deepEqual(errors, []);
      assert.ok(parsed.document !== undefined);
      for (const indent of [0, 2, 4]) {
        const reparsed = parsePolicy(printPolicy(parsed.document, { indent }), { type });
        assert.deepEqual(reparsed.document, parsed.document);
        assert.deepEqual(reparsed.findings, []);
      }
      assert.deepEqual(JSON.parse(printPolicy(parsed.document)).Version, JSON.parse(text).Version);
    });
  }

  it('keeps the Condition of AWSServiceRoleForImageBuilder, Bool true becoming "true"', () => {
    const service = all.find((f) => f.name === 'imagebuilder-service-role.identity.json');
    assert.ok(service !== undefined);
    const document = parsePolicy(service.text).document;
    const grant = document?.statements.find((s) => s.action?.includes('kms:CreateGrant'));
    assert.deepEqual(
      grant?.conditions.map((c) => [c.operator, c.key, c.values]),
      [
        ['Bool', 'kms:GrantIsForAWSResource', ['true']],
        ['StringLike', 'kms:ViaService', ['ec2.*.amazonaws.com']],
      ],
    );
  });
});

describe('printPolicy output', () => {
  const single =
    '{"Statement":{"Sid":"A","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com","AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x"}}}}';

  it('writes elements in grammar order, Statement and every list as arrays', () => {
    const document = parsePolicy(single).document;
    assert.ok(document !== undefined);
    assert.equal(
      printPolicy(document, { indent: 0 }),
      '{"Statement":[{"Sid":"A","Effect":"Allow","Principal":{"AWS":["*"],"Service":["ec2.amazonaws.com"]},"Action":["sts:AssumeRole"],"Condition":{"StringEquals":{"sts:ExternalId":["x"]}}}]}',
    );
  });

  it('indents like JSON.stringify and round-trips a single-object Statement', () => {
    const document = parsePolicy(single).document;
    assert.ok(document !== undefined);
    const printed = printPolicy(document);
    assert.equal(printed, JSON.stringify(JSON.parse(printed), null, 2));
    assert.deepEqual(parsePolicy(printed).document, document);
  });

  it('keeps key order even for integer-like keys and survives __proto__ keys', () => {
    const text =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringEquals":{"z":"1","10":"2","__proto__":"3"}}}]}';
    const document = parsePolicy(text).document;
    assert.ok(document !== undefined);
    assert.equal(
      printPolicy(document, { indent: 0 }),
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":["*"],"Resource":["*"],"Condition":{"StringEquals":{"z":["1"],"10":["2"],"__proto__":["3"]}}}]}',
    );
    assert.deepEqual(parsePolicy(printPolicy(document)).document, document);
  });
});

describe('printPolicy property: parse(print(doc)) deep-equals doc', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const list = fc.array(text, { maxLength: 3 });
  const principal: fc.Arbitrary<PrincipalBlock> = fc.oneof(
    fc.constant('*' as const),
    fc
      .uniqueArray(fc.constantFrom(...PRINCIPAL_KINDS))
      .chain((kinds) =>
        fc
          .tuple(...kinds.map(() => list))
          .map((values) => Object.fromEntries(kinds.map((kind, i) => [kind, values[i]]))),
      ),
  );
  const conditionBlocks = fc.uniqueArray(
    fc.record({
      operator: text,
      keys: fc.uniqueArray(fc.record({ key: text, values: list }), {
        maxLength: 3,
        selector: (k) => k.key.toLowerCase(),
      }),
    }),
    { maxLength: 3, selector: (b) => b.operator },
  );
  const statementParts = fc.record({
    sid: fc.option(text, { nil: undefined }),
    effect: fc.constantFrom('Allow' as const, 'Deny' as const),
    principal: fc.option(fc.tuple(fc.boolean(), principal), { nil: undefined }),
    action: fc.tuple(fc.boolean(), list),
    resource: fc.option(fc.tuple(fc.boolean(), list), { nil: undefined }),
    conditions: conditionBlocks,
  });

  function toStatement(
    parts: typeof statementParts extends fc.Arbitrary<infer T> ? T : never,
    index: number,
  ): Statement {
    const path = ['Statement', index] as const;
    const conditions: ConditionEntry[] = parts.conditions.flatMap(({ operator, keys }) =>
      keys.map(({ key, values }) => ({ operator, key, values, path: [...path, 'Condition', operator, key] })),
    );
    return {
      index,
      ...(parts.sid !== undefined && { sid: parts.sid }),
      effect: parts.effect,
      ...(parts.principal !== undefined && {
        [parts.principal[0] ? 'principal' : 'notPrincipal']: parts.principal[1],
      }),
      [parts.action[0] ? 'action' : 'notAction']: parts.action[1],
      ...(parts.resource !== undefined && {
        [parts.resource[0] ? 'resource' : 'notResource']: parts.resource[1],
      }),
      conditions,
      path,
    };
  }

  const documents: fc.Arbitrary<PolicyDocument> = fc
    .record({
      version: fc.option(fc.constantFrom(...POLICY_VERSIONS), { nil: undefined }),
      id: fc.option(text, { nil: undefined }),
      statements: fc.array(statementParts, { maxLength: 4 }),
    })
    .map(({ version, id, statements }) => ({
      ...(version !== undefined && { version }),
      ...(id !== undefined && { id }),
      statements: statements.map(toStatement),
    }));

  it('holds for generated documents', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom(0, 2), (document, indent) => {
        const reparsed = parsePolicy(printPolicy(document, { indent }));
        assert.deepEqual(reparsed.document, document);
      }),
      { numRuns: 300 },
    );
  });
});
