// The policy commands' inputs and outputs as a user meets them: `-` for standard input in both commands,
// clear errors for unreadable and malformed files, SARIF 2.1.0's required properties, and JSONL batches
// (order, escapes, CRLF, UTF-8 split across read chunks, all request members, --explain).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ibiam-cli-io-'));
const file = (name: string, content: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

/** Runs the real `ibiam` executable with text on standard input. */
function ibiam(input: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'ibiam.js'), ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const USER = 'arn:aws:iam::111122223333:user/alice';
const LIST_HOME = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'ListHome',
      Effect: 'Allow',
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::b',
      Condition: { StringEquals: { 's3:prefix': 'café' } },
    },
  ],
};

describe('standard input (-)', () => {
  it('policy validate - reads the policy from standard input', () => {
    const bad = JSON.stringify({
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Action: 's3:GetObjectt', Resource: '*' },
    });
    const run = ibiam(bad, 'policy', 'validate', '-');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^<stdin>:1:\d+: ERROR INVALID_ACTION: .*Did you mean s3:GetObject\?/);
    const good = ibiam(JSON.stringify(LIST_HOME), 'policy', 'validate', '-');
    assert.equal(good.code, 0);
  });

  it('policy simulate --identity - reads a policy from standard input', () => {
    const args = ['policy', 'simulate', '--identity', '-', '--principal', USER, '--action', 'S3:listbucket'];
    const allowed = ibiam(
      JSON.stringify(LIST_HOME),
      ...args,
      '--resource',
      'arn:aws:s3:::b',
      '--context',
      's3:prefix=café',
    );
    assert.equal(allowed.code, 0);
    assert.match(allowed.stdout, /^Decision: Allow/);
    assert.match(allowed.stdout, /identity policy <stdin> statement 0 \(Sid ListHome\)/);
  });

  it('policy simulate --requests - reads the JSONL batch from standard input', () => {
    const policy = file('list-home.json', LIST_HOME);
    const lines = [
      {
        principal: USER,
        action: 's3:ListBucket',
        resource: 'arn:aws:s3:::b',
        context: { 's3:prefix': 'café' },
      },
      {
        principal: USER,
        action: 's3:ListBucket',
        resource: 'arn:aws:s3:::b',
        context: { 's3:prefix': 'cafe' },
      },
    ];
    const run = ibiam(
      lines.map((l) => JSON.stringify(l)).join('\n'),
      'policy',
      'simulate',
      '--identity',
      policy,
      '--requests',
      '-',
    );
    assert.equal(run.code, 0, run.stderr);
    const decisions = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).decision);
    assert.deepEqual(decisions, ['Allow', 'ImplicitDeny']);
  });
});

describe('clear errors', () => {
  it('names a missing policy file, a directory and a malformed policy', async () => {
    const missing = await runCli(
      'policy',
      'simulate',
      '--identity',
      join(dir, 'none.json'),
      '--requests',
      '-',
    );
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*none\.json: no such file/);
    const directory = await runCli('policy', 'validate', dir);
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /is a directory/);
    const malformed = await runCli(
      'policy',
      'simulate',
      '--identity',
      file('broken.json', '{"Version": "2012-10-17", "Statement": ['),
      '--principal',
      USER,
      '--action',
      's3:GetObject',
      '--resource',
      '*',
    );
    assert.equal(malformed.code, 2);
    assert.match(malformed.stderr, /broken\.json:\d+:\d+: JSON_SYNTAX_ERROR/);
  });

  it('names a missing or unreadable requests file', async () => {
    const policy = file('p.json', LIST_HOME);
    const missing = await runCli(
      'policy',
      'simulate',
      '--identity',
      policy,
      '--requests',
      join(dir, 'no.jsonl'),
    );
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*no\.jsonl: no such file/);
    const directory = await runCli('policy', 'simulate', '--identity', policy, '--requests', dir);
    assert.equal(directory.code, 2);
    assert.match(directory.stderr, /is a directory/);
  });

  it('names the line and the member of an invalid request', async () => {
    const policy = file('p2.json', LIST_HOME);
    const requests = file(
      'invalid.jsonl',
      `{"principal":"${USER}","action":"s3:ListBucket","resource":"arn:aws:s3:::b"}\n{"principal":"${USER}","action":42,"resource":"*"}\n`,
    );
    const run = await runCli('policy', 'simulate', '--identity', policy, '--requests', requests);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid\.jsonl:2: "action" must be a string/);
  });
});

describe('SARIF 2.1.0', () => {
  it('has the properties the specification requires', async () => {
    const bad = file('sarif-bad.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['iam:PassRole', 'imagebuilder:GetComponnet'], Resource: '*' }],
    });
    const run = await runCli('policy', 'validate', '--format', 'sarif', bad);
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    // sarifLog: version and runs (§3.13); run: tool (§3.14); tool: driver (§3.18); toolComponent: name (§3.19).
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const run0 = log.runs[0];
    assert.equal(typeof run0.tool.driver.name, 'string');
    const ruleIds = new Set(run0.tool.driver.rules.map((r: { id: string }) => r.id));
    assert.ok(run0.results.length >= 2);
    for (const result of run0.results) {
      // result: message with text (§3.27.11); ruleId naming a rule of the driver; level from the enum.
      assert.equal(typeof result.message.text, 'string');
      assert.ok(ruleIds.has(result.ruleId));
      assert.ok(['none', 'note', 'warning', 'error'].includes(result.level));
      const location = result.locations[0].physicalLocation;
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
      assert.equal(location.artifactLocation.uri, encodeURI(bad));
    }
    const levels = Object.fromEntries(
      run0.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]),
    );
    assert.equal(levels['INVALID_ACTION'], 'error');
    assert.equal(levels['PASS_ROLE_WITH_STAR_IN_RESOURCE'], 'warning');
  });

  it('describes standard input instead of giving it an invalid URI', () => {
    const run = ibiam(
      '{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}',
      'policy',
      'validate',
      '--format',
      'sarif',
      '-',
    );
    const location = JSON.parse(run.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.equal(location.uri, undefined);
    assert.equal(location.description.text, 'standard input');
  });
});

describe('JSONL batches', () => {
  const policy = file('batch-policy.json', LIST_HOME);
  const line = (prefix: string, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({
      principal: USER,
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::b',
      context: { 's3:prefix': prefix },
      ...extra,
    });

  it('reads lines with escapes, spaces, CRLF and unknown members like any JSON', async () => {
    const text = [
      line('café'),
      // Escapes and unknown members: any valid JSON line is read as JSON.parse reads it.
      `{"principal":"${USER}","action":"s3:ListBucket","resource":"arn:aws:s3:::b","context":{"s3:prefix":"caf\\u00e9"},"note":1}`,
      `  { "principal" : "${USER}" , "action" : "s3:ListBucket" , "resource" : "arn:aws:s3:::b" , "context" : { "s3:prefix" : [ "café" ] } }  `,
      line('cafe'),
      '',
      line('café'),
    ].join('\r\n');
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      policy,
      '--requests',
      file('crlf.jsonl', text),
    );
    assert.equal(run.code, 0, run.stderr);
    const decisions = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).decision);
    assert.deepEqual(decisions, ['Allow', 'Allow', 'Allow', 'ImplicitDeny', 'Allow']);
  });

  it('keeps a UTF-8 character split across two read chunks whole', async () => {
    // The reader reads 1 MiB at a time: place the two bytes of "é" on both sides of that boundary.
    const second = line('café');
    const beforeE = Buffer.byteLength(second.slice(0, second.indexOf('é')));
    const firstLength = (1 << 20) - 1 - beforeE; // bytes of the first line, newline included
    const skeleton = line('x', { pad: '' });
    const pad = 'p'.repeat(firstLength - 1 - Buffer.byteLength(skeleton));
    const first = line('x', { pad });
    assert.equal(Buffer.byteLength(first) + 1 + beforeE, (1 << 20) - 1);
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      policy,
      '--requests',
      file('split.jsonl', `${first}\n${second}\n`),
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).decision),
      ['ImplicitDeny', 'Allow'],
    );
  });

  it('takes resourceTags, region, resourceAccount and now from a line', async () => {
    const guarded = file('guarded.json', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: '*',
          Condition: {
            StringEquals: {
              'aws:ResourceTag/team': 'blue',
              'aws:RequestedRegion': 'eu-west-1',
              'aws:ResourceAccount': '111122223333',
            },
            DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' },
          },
        },
      ],
    });
    const base = { principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
    const good = {
      ...base,
      resourceTags: { team: 'blue' },
      region: 'eu-west-1',
      resourceAccount: '111122223333',
      now: '2029-12-31T23:59:59Z',
    };
    const lines = [
      good,
      { ...good, now: '2030-06-01T00:00:00Z' },
      { ...good, resourceTags: { team: 'red' } },
      { ...good, region: 'us-east-1' },
      { ...good, resourceAccount: '444455556666' },
    ];
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      guarded,
      '--requests',
      file('members.jsonl', lines.map((l) => JSON.stringify(l)).join('\n')),
    );
    const decisions = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      decisions.map((d) => d.decision),
      ['Allow', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny', 'ImplicitDeny'],
    );
    // Another account owns the resource: without its resource-based policy the request is denied even
    // though the identity policy would allow it.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    assert.equal(decisions[4].blockedBy, 'resource');
  });

  it('writes each line with its trace under --explain', async () => {
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      policy,
      '--explain',
      '--requests',
      file('explain.jsonl', `${line('cafe')}\n${line('café')}\n`),
    );
    const [denied, allowed] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(denied.decision, 'ImplicitDeny');
    assert.equal(denied.trace[0].conditions[0].matched, false);
    assert.equal(denied.trace[0].conditions[0].requestValue, 'cafe');
    assert.deepEqual(denied.trace[0].conditions[0].policyValues, ['café']);
    assert.equal(allowed.trace[0].matched, true);
  });
});
