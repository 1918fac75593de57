// ibiam's own API for the web console (SigV4 service `ibiam`, JSON under /_ibiam/api/), through signed
// requests: ExplainSimulation (IAM's simulation with the engine's explanation; authorized as
// iam:SimulatePrincipalPolicy / iam:SimulateCustomPolicy) and ListDecisions (this node's decision log,
// scoped to the caller's account; authorized as cloudtrail:LookupEvents). Expected decisions follow IAM's
// evaluation logic for the policies each test creates; errors follow the REST-JSON error form.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { GetUserCommand, ListGroupsCommand, ListRolesCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { ACCOUNT, startTestServer, type TestServer } from './harness.js';
import {
  IbiamApiClient,
  unsignedRequest,
  type DecisionEntryJson,
  type DecisionsAnswer,
  type SimulationResultJson,
} from './ibiam-api-client.js';
import {
  allowPolicy,
  createUserWithKey,
  policyText,
  rejection,
  type UserWithKey,
} from './support/iam-helpers.js';

const OTHER_ACCOUNT = '222222222222';
const user = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
const accountOf = (arn: string) => (arn.startsWith('arn:') ? arn.split(':')[4] : undefined);

const ALICE_POLICY = policyText({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'ReadImages', Effect: 'Allow', Action: 'imagebuilder:GetImage', Resource: '*' },
    { Sid: 'DeleteImages', Effect: 'Allow', Action: 'imagebuilder:DeleteImage', Resource: '*' },
    {
      Sid: 'DenyOutsideNetwork',
      Effect: 'Deny',
      Action: 'imagebuilder:DeleteImage',
      Resource: '*',
      Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
    },
    {
      Sid: 'ListFromVpc',
      Effect: 'Allow',
      Action: 'imagebuilder:ListImages',
      Resource: '*',
      Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } },
    },
  ],
});

/** Polls until `check` returns a value (the decision log is written asynchronously). */
async function eventually<T>(check: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("ibiam's API", () => {
  let server: TestServer;
  let root: IbiamApiClient;
  let bob: UserWithKey;
  let carol: UserWithKey;

  before(async () => {
    server = await startTestServer();
    root = new IbiamApiClient(server.url);
    const iam = server.iam();
    await createUserWithKey(iam, 'alice', ALICE_POLICY);
    bob = await createUserWithKey(iam, 'bob', allowPolicy('iam:GetUser'));
    carol = await createUserWithKey(iam, 'carol', allowPolicy(['iam:GetUser', 'iam:ListGroups']));
  });
  after(() => server.stop());

  describe('POST /_ibiam/api/simulate', () => {
    const simulateAlice = async (action: string, extra: Record<string, unknown> = {}) => {
      const answer = await root.simulate({ policySourceArn: user('alice'), actionNames: [action], ...extra });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.results.length, 1);
      return { result: answer.body.results[0]!, policies: answer.body.policies };
    };
    const traceOf = (result: SimulationResultJson, sid: string) => {
      const entry = result.trace.find((t) => t.sid === sid);
      assert.ok(entry, `no trace entry for ${sid}`);
      return entry;
    };

    it('explains an Allow with the statement that granted it and the policy it is in', async () => {
      const { result, policies } = await simulateAlice('imagebuilder:GetImage');
      assert.equal(result.action, 'imagebuilder:GetImage');
      assert.equal(result.resource, '*');
      assert.equal(result.decision, 'Allow');
      assert.equal(result.blockedBy, undefined);
      assert.deepEqual(
        result.decidingStatements.map((s) => [s.policyType, s.statementIndex, s.sid, s.effect]),
        [['identity', 0, 'ReadImages', 'Allow']],
      );
      const policy = policies.find((p) => p.policyId === result.decidingStatements[0]!.policyId);
      assert.equal(policy?.name, 'inline');
      assert.equal(policy?.policyType, 'identity');
      assert.deepEqual(JSON.parse(policy.document), JSON.parse(ALICE_POLICY));
      assert.equal(traceOf(result, 'ReadImages').matched, true);
      assert.equal(traceOf(result, 'DeleteImages').actionMatched, false);
      assert.ok(result.summary.length > 0);
      assert.deepEqual(result.errors, []);
    });

    it('explains an ImplicitDeny: no statement allows the action', async () => {
      const { result } = await simulateAlice('imagebuilder:CreateImage');
      assert.equal(result.decision, 'ImplicitDeny');
      assert.equal(result.blockedBy, 'identity');
      assert.deepEqual(result.decidingStatements, []);
      assert.ok(result.trace.every((t) => !t.matched));
      assert.match(result.summary, /imagebuilder:CreateImage/);
    });

    it('names the context keys a condition needed and the request lacked', async () => {
      const { result } = await simulateAlice('imagebuilder:ListImages');
      assert.equal(result.decision, 'ImplicitDeny');
      assert.deepEqual(result.missingContextKeys, ['aws:SourceVpc']);
      const condition = traceOf(result, 'ListFromVpc').conditions[0];
      assert.equal(condition?.matched, false);
      assert.equal(condition?.requestValue, undefined);
      assert.match(result.summary, /aws:SourceVpc/);
    });

    it('explains an ExplicitDeny with the condition that matched, and the same Deny not applying', async () => {
      const ip = (value: string) => ({
        contextEntries: [{ contextKeyName: 'aws:SourceIp', contextKeyType: 'ip', contextKeyValues: [value] }],
      });
      const { result: denied } = await simulateAlice('imagebuilder:DeleteImage', ip('192.0.2.10'));
      assert.equal(denied.decision, 'ExplicitDeny');
      assert.equal(denied.blockedBy, 'identity');
      assert.deepEqual(
        denied.decidingStatements.map((s) => [s.sid, s.effect]),
        [['DenyOutsideNetwork', 'Deny']],
      );
      const deny = traceOf(denied, 'DenyOutsideNetwork');
      assert.equal(deny.matched, true);
      assert.equal(deny.conditions.length, 1);
      const matched = deny.conditions[0]!;
      assert.equal(matched.operator, 'NotIpAddress');
      assert.equal(matched.key, 'aws:SourceIp');
      assert.deepEqual(matched.policyValues, ['10.0.0.0/8']);
      assert.equal(matched.requestValue, '192.0.2.10');
      assert.equal(matched.matched, true);
      assert.ok(matched.reason.length > 0);
      assert.match(denied.summary, /DenyOutsideNetwork/);

      const { result: allowed } = await simulateAlice('imagebuilder:DeleteImage', ip('10.1.2.3'));
      assert.equal(allowed.decision, 'Allow');
      const notApplied = traceOf(allowed, 'DenyOutsideNetwork');
      assert.equal(notApplied.matched, false);
      assert.equal(notApplied.conditions[0]?.matched, false);
      assert.equal(notApplied.conditions[0]?.requestValue, '10.1.2.3');
      assert.match(notApplied.reason, /aws:SourceIp/);
    });

    it('simulates custom policies with a resource per result', async () => {
      const answer = await root.simulate({
        policyInputList: [
          allowPolicy('imagebuilder:GetImage', `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/*`),
        ],
        actionNames: ['imagebuilder:GetImage'],
        resourceArns: [
          `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/web/1.0.0/1`,
          `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:component/web/1.0.0/1`,
        ],
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(
        answer.body.results.map((r) => [r.resource.split(':')[5], r.decision]),
        [
          ['image/web/1.0.0/1', 'Allow'],
          ['component/web/1.0.0/1', 'ImplicitDeny'],
        ],
      );
      assert.deepEqual(
        answer.body.policies.map((p) => [p.policyType, p.name]),
        [['identity', 'PolicyInputList.1']],
      );
    });

    it('is authorized as iam:SimulatePrincipalPolicy on the policy source, or iam:SimulateCustomPolicy', async () => {
      const asBob = new IbiamApiClient(server.url, bob.credentials);
      const principal = await asBob.simulate({
        policySourceArn: user('alice'),
        actionNames: ['s3:GetObject'],
      });
      assert.equal(principal.status, 403);
      assert.equal(principal.errorCode, 'AccessDeniedException');
      assert.equal(
        principal.body.message,
        `User: ${bob.arn} is not authorized to perform: iam:SimulatePrincipalPolicy on resource: ${user('alice')} because no identity-based policy allows the iam:SimulatePrincipalPolicy action`,
      );
      const custom = await asBob.simulate({
        policyInputList: [allowPolicy('s3:*')],
        actionNames: ['s3:GetObject'],
      });
      assert.equal(custom.status, 403);
      assert.match(custom.body.message ?? '', /iam:SimulateCustomPolicy on resource: \*/);

      const simulator = await createUserWithKey(
        server.iam(),
        'simulator',
        allowPolicy('iam:SimulatePrincipalPolicy', user('alice')),
      );
      const asSimulator = new IbiamApiClient(server.url, simulator.credentials);
      const granted = await asSimulator.simulate({
        policySourceArn: user('alice'),
        actionNames: ['imagebuilder:GetImage'],
      });
      assert.equal(granted.status, 200);
      assert.equal(granted.body.results[0]?.decision, 'Allow');
      const elsewhere = await asSimulator.simulate({
        policySourceArn: user('bob'),
        actionNames: ['iam:GetUser'],
      });
      assert.equal(elsewhere.errorCode, 'AccessDeniedException');
    });

    it('answers ValidationException and ResourceNotFoundException on bad input', async () => {
      const noActions = await root.simulate({ policySourceArn: user('alice') });
      assert.equal(noActions.status, 400);
      assert.equal(noActions.errorCode, 'ValidationException');
      assert.match(noActions.body.message ?? '', /actionNames/);
      const noPolicies = await root.simulate({ actionNames: ['s3:GetObject'] });
      assert.equal(noPolicies.errorCode, 'ValidationException');
      const badDocument = await root.simulate({
        policyInputList: ['{"Statement": ['],
        actionNames: ['s3:GetObject'],
      });
      assert.equal(badDocument.errorCode, 'ValidationException');
      const otherAccount = await root.simulate({
        policySourceArn: `arn:aws:iam::${OTHER_ACCOUNT}:user/alice`,
        actionNames: ['s3:GetObject'],
      });
      assert.equal(otherAccount.errorCode, 'ValidationException');
      const missing = await root.simulate({ policySourceArn: user('nobody'), actionNames: ['s3:GetObject'] });
      assert.equal(missing.status, 404);
      assert.equal(missing.errorCode, 'ResourceNotFoundException');
    });
  });

  describe('GET /_ibiam/api/decisions', () => {
    const asCarol = () => server.iam(carol.credentials);
    const list = async (client: IbiamApiClient, query: Record<string, string> = {}) => {
      const answer = await client.decisions(query);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body;
    };
    const has = (entries: readonly DecisionEntryJson[], principal: string, action: string) =>
      entries.some((e) => e.principal === principal && e.action === action);

    before(async () => {
      await asCarol().send(new GetUserCommand({}));
      await rejection(asCarol().send(new ListRolesCommand({})));
      const other = await server.createAccount(OTHER_ACCOUNT);
      await server.iam(other).send(new ListUsersCommand({}));
      // The log is written asynchronously: wait for the last of these decisions.
      await eventually(async () => {
        const { entries } = await list(root, { principal: 'carol' });
        return has(entries, carol.arn, 'iam:ListRoles') ? true : undefined;
      }, "carol's ListRoles decision");
    });

    it("lists only decisions that concern the caller's account", async () => {
      const { entries, cursor } = await list(root);
      assert.match(cursor, /^\d+$/);
      assert.ok(has(entries, carol.arn, 'iam:GetUser'));
      for (const entry of entries) {
        assert.ok(
          accountOf(entry.principal) === ACCOUNT || accountOf(entry.resource) === ACCOUNT,
          `${entry.principal} ${entry.action} ${entry.resource}`,
        );
      }
      assert.ok(!entries.some((e) => accountOf(e.principal) === OTHER_ACCOUNT));
      const other = new IbiamApiClient(server.url, await server.createAccount('333333333333'));
      const foreign = await list(other);
      assert.ok(!foreign.entries.some((e) => accountOf(e.principal) === ACCOUNT));
    });

    it('filters by principal and action (case-insensitive substrings) and by decision', async () => {
      const byPrincipal = await list(root, { principal: 'CAROL' });
      assert.ok(byPrincipal.entries.length >= 2);
      assert.ok(byPrincipal.entries.every((e) => e.principal === carol.arn));
      const denied = await list(root, { principal: 'carol', decision: 'Deny' });
      assert.deepEqual(
        denied.entries.map((e) => [e.action, e.decision]),
        [['iam:ListRoles', 'ImplicitDeny']],
      );
      const allowed = await list(root, { principal: 'carol', decision: 'Allow' });
      assert.ok(allowed.entries.length > 0 && allowed.entries.every((e) => e.decision === 'Allow'));
      const byAction = await list(root, { action: 'LISTROLES' });
      assert.ok(byAction.entries.length > 0 && byAction.entries.every((e) => e.action === 'iam:ListRoles'));
      const limited = await list(root, { principal: 'carol', limit: '1' });
      assert.equal(limited.entries.length, 1);
      assert.deepEqual(limited.entries[0], byPrincipal.entries.at(-1));
    });

    it('returns, after a cursor, only the decisions written since', async () => {
      const first = await list(root);
      const seen = new Set(first.entries.map((e) => `${e.requestId} ${e.action}`));
      await asCarol().send(new ListGroupsCommand({}));
      const newer: DecisionsAnswer = await eventually(async () => {
        const page = await list(root, { after: first.cursor });
        return has(page.entries, carol.arn, 'iam:ListGroups') ? page : undefined;
      }, "carol's ListGroups decision");
      assert.ok(newer.entries.every((e) => !seen.has(`${e.requestId} ${e.action}`)));
      assert.ok(Number(newer.cursor) > Number(first.cursor));
      const times = newer.entries.map((e) => e.time);
      assert.deepEqual(times, [...times].sort());
      const again = await list(root, { after: newer.cursor, principal: 'carol' });
      assert.deepEqual(again.entries, []);
    });

    it('is authorized as cloudtrail:LookupEvents', async () => {
      const denied = await new IbiamApiClient(server.url, carol.credentials).decisions();
      assert.equal(denied.status, 403);
      assert.equal(denied.errorCode, 'AccessDeniedException');
      assert.equal(
        denied.body.message,
        `User: ${carol.arn} is not authorized to perform: cloudtrail:LookupEvents on resource: * because no identity-based policy allows the cloudtrail:LookupEvents action`,
      );
      const auditor = await createUserWithKey(
        server.iam(),
        'auditor',
        allowPolicy('cloudtrail:LookupEvents'),
      );
      const page = await list(new IbiamApiClient(server.url, auditor.credentials), { principal: 'carol' });
      assert.ok(has(page.entries, carol.arn, 'iam:GetUser'));
    });

    it('refuses bad parameters with ValidationException', async () => {
      for (const query of [
        { limit: '0' },
        { limit: '1001' },
        { limit: 'ten' },
        { after: 'abc' },
        { decision: 'Maybe' },
        { after: '1' },
      ]) {
        const answer = await root.decisions(query);
        assert.equal(answer.status, 400, JSON.stringify(query));
        assert.equal(answer.errorCode, 'ValidationException', JSON.stringify(query));
      }
    });
  });

  describe('requests', () => {
    it('refuses an unsigned request', async () => {
      const answer = await unsignedRequest(server.url, 'GET', '/_ibiam/api/decisions');
      assert.equal(answer.status, 403);
      assert.equal(answer.errorCode, 'MissingAuthenticationToken');
    });

    it('refuses a body that is not JSON, and runs nothing', async () => {
      const bad = await root.request('POST', '/_ibiam/api/simulate', { body: '{"actionNames": [' });
      assert.equal(bad.status, 400);
      assert.equal(bad.errorCode, 'SerializationException');
      assert.ok(bad.requestId);
      // A later request's decision is in the log, so any decision of the bad request would be too.
      const marker = await root.simulate({
        policyInputList: [allowPolicy('s3:*')],
        actionNames: ['s3:GetObject'],
      });
      assert.ok(marker.requestId);
      const entries = await eventually(async () => {
        const page = await root.decisions({ action: 'SimulateCustomPolicy' });
        const found = page.body.entries.some((e) => e.requestId === marker.requestId);
        return found ? page.body.entries : undefined;
      }, 'the marker decision');
      assert.ok(!entries.some((e) => e.requestId === bad.requestId));
    });

    it('answers UnknownOperationException for a path the service does not have', async () => {
      const answer = await root.request('GET', '/_ibiam/api/nothing-here');
      assert.equal(answer.status, 404);
      assert.equal(answer.errorCode, 'UnknownOperationException');
    });
  });
});
