// `ibiam policy validate` and `ibiam policy simulate`, as the issue specifies them: exit codes, formats,
// batch order, expectations, and clear errors for bad input.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ibiam-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

const FULL_ACCESS = join(process.cwd(), 'bench', 'fixtures', 'aws-image-builder-full-access-v2.json');
const USER = 'arn:aws:iam::123456789012:user/alice';

describe('ibiam policy validate', () => {
  let bad: string;
  let good: string;
  before(() => {
    bad = file('bad.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:GetComponnet', Resource: '*' }],
    });
    good = file('good.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'imagebuilder:GetComponent', Resource: '*' }],
    });
  });

  it('exits 1 and names the file, line and column of an ERROR finding', async () => {
    const run = await runCli('policy', 'validate', bad);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      /bad\.json:\d+:\d+: ERROR INVALID_ACTION: .*Did you mean imagebuilder:GetComponent\?/,
    );
  });

  it('exits 0 for a clean policy', async () => {
    const run = await runCli('policy', 'validate', good);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /no findings/);
  });

  it('applies the rules of the policy type', async () => {
    const run = await runCli('policy', 'validate', '--type', 'resource', good);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /MISSING_PRINCIPAL/);
  });

  it('writes JSON and SARIF 2.1.0', async () => {
    const json = JSON.parse((await runCli('policy', 'validate', '--format', 'json', bad)).stdout);
    assert.equal(json[0].findings[0].issueCode, 'INVALID_ACTION');
    const sarif = JSON.parse((await runCli('policy', 'validate', '--format', 'sarif', bad)).stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results[0];
    assert.equal(result.ruleId, 'INVALID_ACTION');
    assert.equal(result.level, 'error');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
  });

  it('reports JSON syntax errors and unreadable files clearly', async () => {
    const syntax = await runCli('policy', 'validate', file('syntax.json', '{"Version": "2012-10-17",'));
    assert.equal(syntax.code, 1);
    assert.match(syntax.stdout, /JSON_SYNTAX_ERROR/);
    const missing = await runCli('policy', 'validate', join(dir, 'nope.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read .*nope\.json: no such file/);
  });

  it('rejects an unknown type or format', async () => {
    assert.equal((await runCli('policy', 'validate', '--type', 'banana', good)).code, 2);
    assert.equal((await runCli('policy', 'validate', '--format', 'xml', good)).code, 2);
  });
});

describe('ibiam policy simulate', () => {
  it('decides a single request and explains it', async () => {
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      FULL_ACCESS,
      '--principal',
      USER,
      '--action',
      'iam:PassRole',
      '--resource',
      'arn:aws:iam::123456789012:role/my-imagebuilder-role',
      '--context',
      'iam:PassedToService=ec2.amazonaws.com',
      '--explain',
    );
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Decision: Allow/);
    assert.match(run.stdout, /MATCH identity policy .* statement 7 Allow/);
  });

  it('prints the decision as JSON, with the blocking layer', async () => {
    const boundary = file('boundary.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      FULL_ACCESS,
      '--boundary',
      boundary,
      '--principal',
      USER,
      '--action',
      'imagebuilder:GetImage',
      '--resource',
      '*',
      '--json',
    );
    const decision = JSON.parse(run.stdout);
    assert.equal(decision.decision, 'ImplicitDeny');
    assert.equal(decision.blockedBy, 'boundary');
  });

  it('applies SCP levels root first: each level must allow', async () => {
    const allowAll = file('scp-all.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const allowEc2 = file('scp-ec2.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }],
    });
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      FULL_ACCESS,
      '--scp',
      allowAll,
      '--scp',
      allowEc2,
      '--principal',
      USER,
      '--action',
      'imagebuilder:GetImage',
      '--resource',
      '*',
      '--json',
    );
    assert.equal(JSON.parse(run.stdout).blockedBy, 'scp');
  });

  it('evaluates a JSONL batch in order and checks expectations', async () => {
    const requests = file(
      'requests.jsonl',
      [
        { principal: USER, action: 'imagebuilder:GetImage', resource: '*', expect: 'Allow' },
        { principal: USER, action: 's3:DeleteBucket', resource: 'arn:aws:s3:::b', expect: 'ImplicitDeny' },
        {
          principal: USER,
          action: 'sns:Publish',
          resource: 'arn:aws:sns:us-east-1:123456789012:topic',
          expect: 'Allow',
        },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n') + '\n',
    );
    const run = await runCli('policy', 'simulate', '--identity', FULL_ACCESS, '--requests', requests);
    const decisions = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).decision);
    assert.deepEqual(decisions, ['Allow', 'ImplicitDeny', 'ImplicitDeny']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /requests\.jsonl:3: expected Allow, got ImplicitDeny/);
  });

  it('names the line of a malformed batch request', async () => {
    const requests = file(
      'broken.jsonl',
      `{"principal":"${USER}","action":"s3:GetObject","resource":"*"}\n{not json\n`,
    );
    const run = await runCli('policy', 'simulate', '--identity', FULL_ACCESS, '--requests', requests);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /broken\.jsonl:2: malformed JSON/);
  });

  it('refuses a policy file with grammar errors, naming the file', async () => {
    const bad = file('principal.json', {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
    });
    const run = await runCli(
      'policy',
      'simulate',
      '--identity',
      bad,
      '--principal',
      USER,
      '--action',
      's3:GetObject',
      '--resource',
      '*',
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /principal\.json:\d+:\d+: /);
  });

  it('needs a complete single request', async () => {
    const run = await runCli('policy', 'simulate', '--identity', FULL_ACCESS, '--action', 's3:GetObject');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /needs --principal, --action and --resource/);
  });
});
