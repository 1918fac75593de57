/**
 * validatePolicy as a whole: the Image Builder guide's policies (the parser's fixtures, taken from the
 * seed documents) validate without errors, parser findings come through, findings point into the text
 * and link to Access Analyzer's check reference, only the services a policy names are loaded, and a
 * typical policy validates quickly (measured by benchmarks, not asserted here).
 * Finding shape: https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html
 * Anchors: https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCatalog } from '../catalog/catalog.js';
import { allowPolicy, findingsOf, withCode } from './testing.js';
import { validatePolicy } from './validate.js';

const fixtures = fileURLToPath(new URL('../../../../src/policy/document/fixtures/', import.meta.url));
const seedPolicies = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json'))
  .map(
    (name) =>
      ({
        name,
        text: readFileSync(fixtures + name, 'utf8'),
        type: name.includes('.trust.') ? 'trust' : 'identity',
      }) as const,
  );

describe('the Image Builder guide policies', () => {
  it('are all there', () => {
    assert.ok(seedPolicies.some((p) => p.name.startsWith('imagebuilder-full-access')));
    assert.ok(seedPolicies.length >= 10);
  });

  for (const { name, text, type } of seedPolicies) {
    it(`${name} validates as ${type} without errors`, () => {
      const result = validatePolicy(text, type);
      assert.ok(result.document !== undefined);
      const errors = result.findings.filter((f) => f.findingType === 'ERROR');
      assert.deepEqual(errors, []);
    });
  }
});

describe('findings', () => {
  it('carry the span of the value and the link of their check', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Action": "imagebuilder:GetImge",\n    "Resource": "*"\n  }\n}';
    const [finding] = withCode(text, 'INVALID_ACTION');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Action', 0]);
    assert.deepEqual(finding?.span?.start, {
      line: 5,
      column: 15,
      offset: text.indexOf('"imagebuilder:GetImge"'),
    });
    assert.equal(
      finding?.learnMoreLink,
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action',
    );
  });

  it('link warnings, security warnings and suggestions to their anchors', () => {
    const text = allowPolicy({
      Action: ['iam:PassRole', 'iam:PassRole'],
      Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a*' } },
    });
    const links = new Map(findingsOf(text).map((f) => [f.issueCode, f.learnMoreLink]));
    const page =
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-';
    assert.equal(
      links.get('WILDCARD_WITHOUT_LIKE_OPERATOR'),
      `${page}general-warning-wildcard-without-like-operator`,
    );
    assert.equal(
      links.get('PASS_ROLE_WITH_STAR_IN_RESOURCE'),
      `${page}security-warning-pass-role-with-star-in-resource`,
    );
    assert.equal(links.get('REDUNDANT_ACTION'), `${page}suggestion-redundant-action`);
  });

  it('include the parser findings: MISSING_VERSION and the empty-array condition suggestions', () => {
    const noVersion = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    assert.equal(withCode(noVersion, 'MISSING_VERSION')[0]?.findingType, 'WARNING');
    const empty = allowPolicy({
      Action: 's3:GetObject',
      Condition: {
        StringEquals: { 'aws:username': [] },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [] },
        'ForAnyValue:StringEquals': { 'aws:TagKeys': [] },
        StringEqualsIfExists: { 'aws:username': [] },
      },
    });
    const codes = findingsOf(empty).map((f) => f.issueCode);
    for (const code of [
      'EMPTY_ARRAY_CONDITION',
      'EMPTY_ARRAY_CONDITION_FORALLVALUES',
      'EMPTY_ARRAY_CONDITION_FORANYVALUE',
      'EMPTY_ARRAY_CONDITION_IFEXISTS',
    ]) {
      assert.equal(codes.filter((c) => c === code).length, 1, code);
    }
  });

  it('stop at the parser when the document cannot be read', () => {
    const result = validatePolicy('{"Version": "2012-10-17", "Statement": [', 'identity');
    assert.equal(result.document, undefined);
    assert.deepEqual(
      result.findings.map((f) => f.issueCode),
      ['JSON_SYNTAX_ERROR'],
    );
  });
});

describe('the catalogue', () => {
  it('is loaded only for the services the policy names', () => {
    const catalog = createCatalog();
    const text = allowPolicy({
      Action: ['imagebuilder:GetImage', 'imagebuilder:List*'],
      Condition: { Bool: { 'aws:SecureTransport': 'true' } },
    });
    assert.deepEqual(validatePolicy(text, 'identity', catalog).findings, []);
    assert.deepEqual(catalog.loadedServices(), ['imagebuilder']);
  });
});

describe('speed', () => {});
