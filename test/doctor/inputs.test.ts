// The doctor's inputs (issue 5): account details as the AWS CLI prints them (documents decoded) or as the
// API returns them (URL-encoded), Image Builder resources as one `get-*` output, a merged object or an
// array; and clear errors, with exit code 2, for files that are not JSON, cut short, of the wrong shape,
// or hold only one page. An instance profile the snapshot does not hold is a finding, not a crash.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { doctor, fired, fixture, SOURCE } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'ibiam-doctor-inputs-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('malformed input files: a clear error naming the file, exit code 2', () => {
  const cases: [string, string, RegExp][] = [
    ['a file that is not JSON', 'malformed-not-json.txt', /malformed-not-json\.txt: not valid JSON/],
    [
      'a file cut short',
      'malformed-truncated.txt',
      /malformed-truncated\.txt: the file is truncated: the JSON ends unexpectedly at line \d+ column \d+/,
    ],
    [
      'JSON of another shape',
      'malformed-wrong-shape.json',
      /is not the output of `aws iam get-account-authorization-details`/,
    ],
    [
      'a policy document that is neither JSON nor URL-encoded JSON',
      'malformed-policy-document.json',
      /RoleDetailList\[2\]\.RolePolicyList\[0\]\.PolicyDocument: is neither a JSON policy document nor URL-encoded JSON/,
    ],
    [
      'one page of a paginated listing',
      'malformed-is-truncated.json',
      /is truncated \(IsTruncated is true\)/,
    ],
    ['a file that does not exist', 'no-such-file.json', /no-such-file\.json: cannot read: no such file/],
  ];
  for (const [what, name, message] of cases) {
    it(what, async () => {
      const run = await runCli('doctor', '--account-details', fixture(name));
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, message);
    });
  }

  it('an Image Builder file that is not the output of a get-* command', async () => {
    const run = await runCli(
      'doctor',
      '--account-details',
      fixture('correct-source.json'),
      '--imagebuilder',
      fixture('malformed-imagebuilder.json'),
    );
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /malformed-imagebuilder\.json: not the output of an `aws imagebuilder get-\*` command/,
    );
  });

  it('a member of the wrong type, with its JSON path', async () => {
    const bad = write('bad-type.json', {
      RoleDetailList: [
        {
          RoleName: 'r',
          Arn: `arn:aws:iam::${SOURCE}:role/r`,
          AssumeRolePolicyDocument: {},
          AttachedManagedPolicies: 'oops',
        },
      ],
    });
    const run = await runCli('doctor', '--account-details', bad);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /RoleDetailList\[0\]\.AttachedManagedPolicies: expected a list/);
  });

  it('files of different accounts, or none to tell the account from', async () => {
    const mixed = write('mixed.json', {
      UserDetailList: [
        { UserName: 'a', Arn: `arn:aws:iam::${SOURCE}:user/a` },
        { UserName: 'b', Arn: 'arn:aws:iam::999988887777:user/b' },
      ],
    });
    assert.match(
      (await runCli('doctor', '--account-details', mixed)).stderr,
      /mixes the ARNs of accounts 111122223333 and 999988887777/,
    );
    const empty = write('empty-account.json', { UserDetailList: [], RoleDetailList: [] });
    const run = await runCli('doctor', '--account-details', empty);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /holds no ARN to tell its account from: name the account as ACCOUNT_ID=FILE/);
    const named = await runCli('doctor', '--format', 'json', '--account-details', `222233334444=${empty}`);
    assert.equal(named.code, 0, named.stderr);
  });

  it('no input at all, or an unknown format', async () => {
    assert.equal((await runCli('doctor')).code, 2);
    const run = await runCli(
      'doctor',
      '--account-details',
      fixture('correct-source.json'),
      '--format',
      'xml',
    );
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown --format xml/);
  });
});

describe('Image Builder inputs', () => {
  it('one `aws imagebuilder get-infrastructure-configuration` output naming a missing instance profile is a finding', async () => {
    const file = write('get-infra.json', {
      requestId: 'a5f7c5d1-0000-4000-8000-000000000000',
      infrastructureConfiguration: {
        arn: `arn:aws:imagebuilder:us-east-1:${SOURCE}:infrastructure-configuration/orphan`,
        name: 'orphan',
        instanceProfileName: 'NoSuchProfile',
      },
    });
    const run = await runCli(
      'doctor',
      '--format',
      'json',
      '--account-details',
      fixture('correct-source.json'),
      '--imagebuilder',
      file,
    );
    assert.equal(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout) as {
      findings: { id: string; resource: string; message: string }[];
    };
    assert.deepEqual(
      report.findings.map((f) => `${f.id} ${f.resource}`),
      [`IB002 arn:aws:iam::${SOURCE}:instance-profile/NoSuchProfile`],
    );
    assert.match(
      report.findings[0]!.message,
      /Instance profile NoSuchProfile of infrastructure configuration orphan does not exist/,
    );
  });

  it('an array of outputs, and a merged object, read the same', async () => {
    const merged = JSON.parse(readFileSync(fixture('imagebuilder.json'), 'utf8')) as Record<
      string,
      unknown
    >[];
    const asOne = write('merged.json', Object.assign({}, ...merged.map((o) => ({ ...o }))));
    const a = await doctor(['correct-source.json', 'correct-target.json'], ['imagebuilder.json']);
    const b = await runCli(
      'doctor',
      '--format',
      'json',
      '--account-details',
      fixture('correct-source.json'),
      '--account-details',
      fixture('correct-target.json'),
      '--imagebuilder',
      asOne,
    );
    assert.equal(b.code, 0, b.stderr);
    assert.ok(JSON.parse(b.stdout).summary.passed > 10);
    assert.deepEqual(fired(a.report), []);
  });

  it('resources of an account without account details are a warning (DOC001)', async () => {
    const file = write('other-account.json', {
      infrastructureConfiguration: {
        arn: 'arn:aws:imagebuilder:us-east-1:999988887777:infrastructure-configuration/x',
        name: 'x',
        instanceProfileName: 'p',
      },
    });
    const run = await runCli(
      'doctor',
      '--format',
      'json',
      '--account-details',
      fixture('correct-source.json'),
      '--imagebuilder',
      file,
    );
    assert.equal(run.code, 0);
    const report = JSON.parse(run.stdout) as {
      findings: { id: string; severity: string; account: string }[];
    };
    assert.deepEqual(
      report.findings.map((f) => `${f.id} ${f.severity} ${f.account}`),
      ['DOC001 warning 999988887777'],
    );
  });
});
