// ibiam's RunDoctor (GET /_ibiam/api/doctor): the prerequisites report of the caller's account exactly as
// `ibiam doctor --endpoint ... --format json` prints it (the doctor's endpoint mode, run here through the
// library on the same server), plus each fix's actions as data; built only from what the caller may read
// (the calls run as the caller, each logged; a denial answers AccessDeniedException, as IAM would answer
// the call: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html).
// The broken set-up is the doctor's own end-to-end case: an instance profile role without
// AmazonSSMManagedInstanceCore (001 "Prerequisites":
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html), and a builder
// with AWSImageBuilderFullAccess, which passes only roles named *imagebuilder* (003 "Using managed policies").
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
} from '@aws-sdk/client-iam';
import { CreateInfrastructureConfigurationCommand } from '@aws-sdk/client-imagebuilder';
import { diagnose, gatherWorld } from '../../src/doctor/doctor.js';
import { findingJson } from '../../src/doctor/report/format-json.js';
import { summarize } from '../../src/doctor/report/summary.js';
import { runDoctor } from '../../src/server/rest-services.js';
import { ACCOUNT, ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { allowPolicy, createUserWithKey } from './support/iam-helpers.js';
import { InProcessApi } from './support/ibiam-in-process.js';
import { CONSOLE_EC2_TRUST_POLICY, MANAGED } from './support/seed-documents.js';

interface Report {
  findings: { id: string; resource: string; fix: { cli: string[]; policy: unknown; actions: unknown[] } }[];
  summary: { errors: number; warnings: number; passed: number };
}

const EMPTY_ACCOUNT = '210987654321';

describe('ibiam RunDoctor', () => {
  let server: TestServer;
  let api: InProcessApi;
  let empty: Credentials;

  /** What `ibiam doctor --endpoint URL --format json` prints for the account of `credentials`. */
  async function cliReport(credentials: Credentials) {
    const world = await gatherWorld({
      connection: { endpoint: server.url, region: 'us-east-1', credentials },
    });
    const report = diagnose(world);
    return { report, json: { findings: report.findings.map(findingJson), summary: summarize(report) } };
  }

  /** The answer without the added actions: the CLI's JSON. */
  const withoutActions = (answer: Report) => ({
    findings: answer.findings.map((f) => ({ ...f, fix: { cli: f.fix.cli, policy: f.fix.policy } })),
    summary: answer.summary,
  });

  before(async () => {
    server = await startTestServer();
    api = new InProcessApi(server.ibiam.store);
    empty = await server.createAccount(EMPTY_ACCOUNT);
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'BuildInstance',
        AssumeRolePolicyDocument: CONSOLE_EC2_TRUST_POLICY,
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'BuildInstance',
        PolicyArn: MANAGED.instanceProfileForImageBuilder,
      }),
    );
    await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'BuildInstance' }));
    await iam.send(
      new AddRoleToInstanceProfileCommand({
        InstanceProfileName: 'BuildInstance',
        RoleName: 'BuildInstance',
      }),
    );
    await createUserWithKey(iam, 'builder');
    await iam.send(
      new AttachUserPolicyCommand({ UserName: 'builder', PolicyArn: MANAGED.imageBuilderFullAccess }),
    );
    await server.imagebuilder().send(
      new CreateInfrastructureConfigurationCommand({
        name: 'web-build',
        instanceProfileName: 'BuildInstance',
        clientToken: 'token-1',
      }),
    );
  });
  after(() => server.stop());

  it('answers for an empty account what the doctor prints for it: nothing to fix', async () => {
    const answer = await api.call(runDoctor, empty);
    assert.ok(answer.ok, JSON.stringify(answer));
    const body = answer.body as unknown as Report;
    assert.deepEqual(body.findings, []);
    assert.deepEqual(body, (await cliReport(empty)).json);
  });

  it("answers the doctor's findings with their fixes' actions as data", async () => {
    const answer = await api.call(runDoctor, ROOT);
    assert.ok(answer.ok, JSON.stringify(answer));
    const body = answer.body as unknown as Report;
    assert.deepEqual(body.findings.map((f) => `${f.id} ${f.resource}`).sort(), [
      `IB005 arn:aws:iam::${ACCOUNT}:role/BuildInstance`,
      `IB008 arn:aws:iam::${ACCOUNT}:user/builder`,
    ]);
    const cli = await cliReport(ROOT);
    assert.deepEqual(withoutActions(body), cli.json);
    const ssm = body.findings.find((f) => f.id === 'IB005')!;
    assert.deepEqual(ssm.fix.actions, [
      { kind: 'attach-role-policy', roleName: 'BuildInstance', policyArn: MANAGED.ssmManagedInstanceCore },
    ]);
    for (const [i, finding] of cli.report.findings.entries()) {
      assert.deepEqual(body.findings[i]!.fix.actions, JSON.parse(JSON.stringify(finding.fix?.actions ?? [])));
    }
  });

  it('reads as the caller, each call authorized and logged', async () => {
    api.decisions.length = 0;
    assert.ok((await api.call(runDoctor, empty)).ok);
    const root = `arn:aws:iam::${EMPTY_ACCOUNT}:root`;
    assert.deepEqual(
      api.decisions.map((d) => [d.principal, d.action, d.decision]),
      [
        'iam:GetAccountAuthorizationDetails',
        'iam:ListInstanceProfiles',
        'imagebuilder:ListInfrastructureConfigurations',
        'imagebuilder:ListDistributionConfigurations',
        'imagebuilder:ListLifecyclePolicies',
        'imagebuilder:ListImagePipelines',
        'imagebuilder:ListContainerRecipes',
        'imagebuilder:ListImageRecipes',
      ].map((action) => [root, action, 'Allow']),
    );
  });

  it('answers AccessDeniedException to a user without iam:GetAccountAuthorizationDetails', async () => {
    const reader = await createUserWithKey(server.iam(), 'ib-reader', allowPolicy('imagebuilder:*'));
    const answer = await api.call(runDoctor, reader.credentials);
    assert.equal(answer.ok, false);
    assert.equal(!answer.ok && answer.code, 'AccessDeniedException');
    assert.equal(!answer.ok && answer.status, 403);
    assert.match(
      !answer.ok ? answer.message : '',
      /^User: arn:aws:iam::123456789012:user\/ib-reader is not authorized to perform: iam:GetAccountAuthorizationDetails on resource: \*/,
    );
  });

  it('answers AccessDeniedException when the caller may not list Image Builder resources', async () => {
    const auditor = await createUserWithKey(
      server.iam(),
      'iam-auditor',
      allowPolicy(['iam:GetAccountAuthorizationDetails', 'iam:ListInstanceProfiles']),
    );
    const answer = await api.call(runDoctor, auditor.credentials);
    assert.equal(!answer.ok && answer.code, 'AccessDeniedException');
    assert.match(!answer.ok ? answer.message : '', /imagebuilder:ListInfrastructureConfigurations/);
  });
});
