/**
 * Structural check of the golden corpus (test/corpus/decisions and test/corpus/validation): every case
 * has a unique name, cites a docs.aws.amazon.com page, carries well-formed policies, requests and
 * expectations, and the corpus is large enough. It does not run the engine; the runner that feeds the
 * cases to `authorize` and the validator lives elsewhere. Paths are resolved from the repository root
 * (process.cwd()), because the compiled test runs from dist/test/corpus/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionCase, ValidationCase } from './schema.js';

const ROOT = join(process.cwd(), 'test', 'corpus');
const DOCS = 'https://docs.aws.amazon.com/';
const DECISIONS = new Set(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
const POLICY_TYPES = new Set(['identity', 'resource', 'trust', 'boundary', 'scp', 'rcp', 'session']);
const FINDING_TYPES = new Set(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']);

type Loaded<T> = { file: string; item: T };

function load<T>(dir: string): Loaded<T>[] {
  const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json'));
  return files.flatMap((file) => {
    const parsed: unknown = JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8'));
    assert.ok(Array.isArray(parsed), `${dir}/${file} must hold a JSON array`);
    return (parsed as T[]).map((item) => ({ file: `${dir}/${file}`, item }));
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** A policy document: an object whose Statement is an object or a non-empty array of objects. */
function checkDocument(doc: unknown, where: string): void {
  assert.ok(isObject(doc), `${where}: document must be an object`);
  const st = doc['Statement'];
  const statements = Array.isArray(st) ? st : [st];
  assert.ok(
    statements.length > 0 && statements.every(isObject),
    `${where}: Statement must be an object or array of objects`,
  );
}

function checkPolicies(policies: unknown, where: string): void {
  assert.ok(isObject(policies), `${where}: policies must be an object`);
  const one = (p: unknown, w: string): void => {
    assert.ok(isObject(p), `${w}: policy must be an object`);
    if (p['id'] !== undefined) assert.ok(isString(p['id']), `${w}: id must be a string`);
    checkDocument(p['document'], w);
  };
  const list = (v: unknown, w: string): void => {
    assert.ok(Array.isArray(v), `${w} must be an array`);
    v.forEach((p, i) => one(p, `${w}[${i}]`));
  };
  for (const [key, value] of Object.entries(policies)) {
    const w = `${where}: policies.${key}`;
    if (key === 'identity' || key === 'session') list(value, w);
    else if (key === 'resource' || key === 'trust' || key === 'boundary') one(value, w);
    else if (key === 'scps' || key === 'rcps') {
      assert.ok(Array.isArray(value) && value.length > 0, `${w} must list OU levels`);
      value.forEach((level, i) => list(level, `${w}[${i}]`));
    } else assert.fail(`${w}: unknown policy slot`);
  }
}

function checkRequest(request: unknown, where: string): void {
  assert.ok(isObject(request), `${where}: request must be an object`);
  const principal = request['principal'];
  assert.ok(isObject(principal) && isString(principal['arn']), `${where}: principal.arn is required`);
  assert.ok(
    isString(request['action']) && request['action'].includes(':'),
    `${where}: action must be service:Action`,
  );
  assert.ok(isString(request['resource']), `${where}: resource is required`);
  const context = request['context'];
  if (context !== undefined) {
    assert.ok(isObject(context), `${where}: context must be an object`);
    for (const [k, v] of Object.entries(context)) {
      const ok = typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
      assert.ok(ok, `${where}: context ${k} must be a string or a string array`);
    }
  }
  if (request['now'] !== undefined) {
    assert.ok(
      isString(request['now']) && !Number.isNaN(Date.parse(request['now'])),
      `${where}: now must be ISO-8601`,
    );
  }
}

function checkExpect(expect: unknown, where: string): void {
  assert.ok(isObject(expect) && DECISIONS.has(expect['decision'] as string), `${where}: invalid decision`);
  const blocked = expect['blockedBy'];
  if (blocked !== undefined) {
    assert.ok(POLICY_TYPES.has(blocked as string), `${where}: invalid blockedBy`);
    assert.notEqual(expect['decision'], 'Allow', `${where}: blockedBy only applies to denials`);
  }
  for (const key of ['decidingSids', 'missingContextKeys']) {
    const v = expect[key];
    if (v !== undefined) assert.ok(Array.isArray(v) && v.every(isString), `${where}: ${key} must be strings`);
  }
  const missing = expect['missingContextKeys'];
  if (Array.isArray(missing)) {
    for (const k of missing)
      assert.equal(k, String(k).toLowerCase(), `${where}: missingContextKeys are lower-cased`);
  }
}

function checkCommon(name: unknown, source: unknown, where: string, seen: Set<string>): void {
  assert.ok(isString(name), `${where}: name is required`);
  assert.ok(!seen.has(name), `${where}: duplicate name "${name}"`);
  seen.add(name);
  assert.ok(isString(source) && source.startsWith(DOCS), `${where}: source must start with ${DOCS}`);
}

describe('golden corpus format', () => {
  const decisions = load<DecisionCase>('decisions');
  const validations = load<ValidationCase>('validation');

  it('decision cases are well formed', () => {
    const seen = new Set<string>();
    for (const { file, item } of decisions) {
      const where = `${file} "${String(item.name)}"`;
      checkCommon(item.name, item.source, where, seen);
      if (item.note !== undefined) assert.ok(isString(item.note), `${where}: note must be a string`);
      checkPolicies(item.policies, where);
      checkRequest(item.request, where);
      checkExpect(item.expect, where);
    }
  });

  it('validation cases are well formed', () => {
    const seen = new Set<string>();
    for (const { file, item } of validations) {
      const where = `${file} "${String(item.name)}"`;
      checkCommon(item.name, item.source, where, seen);
      assert.ok(POLICY_TYPES.has(item.policyType), `${where}: invalid policyType`);
      assert.ok(typeof item.text === 'string' && item.text.length > 0, `${where}: text is required`);
      assert.ok(Array.isArray(item.expectFindings), `${where}: expectFindings must be an array`);
      for (const f of item.expectFindings) {
        assert.match(f.issueCode, /^[A-Z][A-Z0-9_]+$/, `${where}: issue codes are upper snake case`);
        assert.ok(FINDING_TYPES.has(f.findingType), `${where}: invalid findingType ${f.findingType}`);
      }
      const forbid = item.forbidFindings ?? [];
      assert.ok(forbid.every(isString), `${where}: forbidFindings must be strings`);
      for (const f of item.expectFindings)
        assert.ok(!forbid.includes(f.issueCode), `${where}: ${f.issueCode} both expected and forbidden`);
      assert.ok(
        item.expectFindings.length > 0 || forbid.length > 0,
        `${where}: a case must expect or forbid something`,
      );
    }
  });

  it('the corpus is large enough', () => {
    assert.ok(decisions.length >= 300, `only ${decisions.length} decision cases`);
    assert.ok(validations.length >= 60, `only ${validations.length} validation cases`);
  });
});
