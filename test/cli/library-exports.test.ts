// The package as a library, from a consumer's side: `import ... from 'ibiam'` and `'ibiam/policy'`
// resolve through package.json "exports" to the built entry points, work in a plain Node program, and
// type-check in a TypeScript program (NodeNext resolution).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
let consumer: string;

before(() => {
  consumer = mkdtempSync(join(tmpdir(), 'ibiam-consumer-'));
  mkdirSync(join(consumer, 'node_modules'));
  symlinkSync(root, join(consumer, 'node_modules', 'ibiam'), 'dir');
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module' }));
});
after(() => rmSync(consumer, { recursive: true, force: true }));

const PROGRAM = `
import { parsePolicy, validatePolicy, compilePolicySet, authorize, printPolicy, defaultCatalog } from 'ibiam';
import * as policy from 'ibiam/policy';
const text = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: 'imagebuilder:Get*', Resource: '*' },
    { Sid: 'NoProd', Effect: 'Deny', Action: 'imagebuilder:GetImage', Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/Environment': 'prod' } } },
  ],
});
const parsed = parsePolicy(text, { type: 'identity' });
if (!parsed.document) throw new Error('no document');
const set = compilePolicySet({ identity: [{ id: 'ReadOnly', document: parsed.document }] });
const principal = { arn: 'arn:aws:iam::111122223333:user/alice' };
const resource = 'arn:aws:imagebuilder:us-east-1:111122223333:image/x/1.0.0/1';
const out = {
  sameApi: policy.authorize === authorize,
  allow: authorize({ principal, action: 'imagebuilder:GetImage', resource }, set),
  deny: authorize({ principal, action: 'imagebuilder:GetImage', resource, resourceTags: { Environment: 'prod' } }, set, { trace: true }),
  findings: validatePolicy('{"Statement":{"Effect":"Allow","Action":"imagebuilder:GetImagee","Resource":"*"}}', 'identity').findings.map((f) => f.issueCode),
  printed: JSON.parse(printPolicy(parsed.document)).Statement.length,
  knows: defaultCatalog.action('imagebuilder', 'GetImage') !== undefined,
};
console.log(JSON.stringify(out));
`;

describe('the package entry points', () => {
  it('run in a plain Node program', () => {
    writeFileSync(join(consumer, 'program.mjs'), PROGRAM);
    const run = spawnSync(process.execPath, ['program.mjs'], { cwd: consumer, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.sameApi, true);
    assert.equal(out.allow.decision, 'Allow');
    assert.deepEqual(out.allow.decidingStatements, [
      { policyId: 'ReadOnly', policyType: 'identity', statementIndex: 0, sid: 'Read', effect: 'Allow' },
    ]);
    assert.equal(out.deny.decision, 'ExplicitDeny');
    assert.equal(out.deny.blockedBy, 'identity');
    assert.equal(out.deny.decidingStatements[0].sid, 'NoProd');
    assert.equal(out.deny.trace.length, 2);
    assert.ok(out.findings.includes('MISSING_VERSION'));
    assert.ok(out.findings.includes('INVALID_ACTION'));
    assert.equal(out.printed, 2);
    assert.equal(out.knows, true);
  });

  it('type-check in a TypeScript program', () => {
    writeFileSync(
      join(consumer, 'program.ts'),
      PROGRAM.replace('const out = {', 'const out: Record<string, unknown> = {'),
    );
    writeFileSync(
      join(consumer, 'check.ts'),
      [
        "import type { Decision, AuthorizationRequest, Finding, PolicyDocument } from 'ibiam/policy';",
        "import { authorize, compilePolicySet } from 'ibiam';",
        'export function decide(request: AuthorizationRequest, document: PolicyDocument): Decision {',
        "  return authorize(request, compilePolicySet({ identity: [{ id: 'p', document }] }));",
        '}',
        'export const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.issueCode);',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
    ];
    const run = spawnSync(
      process.execPath,
      [
        tsc,
        ...args,
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        '--types',
        'node',
        'check.ts',
        'program.ts',
      ],
      {
        cwd: consumer,
        encoding: 'utf8',
        env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      },
    );
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('are the ones package.json declares', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'ibiam');
    assert.equal(pkg.license, 'Apache-2.0');
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.exports['.'], './dist/src/index.js');
    assert.equal(pkg.exports['./policy'], './dist/src/policy/index.js');
    assert.equal(pkg.bin.ibiam, 'bin/ibiam.js');
  });
});
