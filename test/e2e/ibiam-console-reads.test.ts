// The console's reads of ibiam's own API over HTTP (SigV4 service `ibiam`, REST-JSON under /_ibiam/api/):
// GetTrustGraph with a repeated `roleArn` query parameter, RunDoctor and GetImageFailure, answered as JSON,
// and their errors in the REST-JSON form (`x-amzn-ErrorType` and `{"message"}`): AccessDeniedException
// (403) when the engine denies, ValidationException (400) on bad input. The operations' behaviour is
// tested in ibiam-trust-graph, ibiam-doctor and ibiam-image-failure; this file checks the wire.
// https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateRoleCommand } from '@aws-sdk/client-iam';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../../src/protocol/sigv4/signer.js';
import { ACCOUNT, ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { allowPolicy, createUserWithKey } from './support/iam-helpers.js';
import { send } from './support/raw-http.js';
import { distributionCrossAccountTrustPolicy } from './support/seed-documents.js';

const SOURCE = '111122223333';
const ROLE_A = `arn:aws:iam::${SOURCE}:role/DeployA`;
const ROLE_B = `arn:aws:iam::${SOURCE}:role/DeployB`;

/** A signed GET; a query value given as a list is sent as a repeated parameter. */
async function get(
  server: TestServer,
  path: string,
  query: Record<string, string | string[]> = {},
  credentials: Credentials = ROOT,
) {
  const target = new URL(server.url);
  const signer = new SignatureV4({ service: 'ibiam', region: 'us-east-1', credentials, sha256: Sha256 });
  const signed = await signer.sign({
    method: 'GET',
    protocol: 'http:',
    hostname: target.hostname,
    port: Number(target.port),
    path,
    query,
    headers: { host: target.host },
  });
  const search = Object.entries(query)
    .flatMap(([name, values]) =>
      (Array.isArray(values) ? values : [values]).map(
        (v) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`,
      ),
    )
    .join('&');
  const raw = await send(
    server.url,
    'GET',
    search ? `${path}?${search}` : path,
    signed.headers as Record<string, string>,
  );
  return {
    status: raw.status,
    errorType: raw.headers['x-amzn-errortype'],
    body: JSON.parse(raw.body) as Record<string, unknown>,
  };
}

describe("ibiam's API over HTTP: trust graph, doctor, image failure", () => {
  let server: TestServer;
  let operator: Credentials;
  let stranger: Credentials;

  before(async () => {
    server = await startTestServer();
    const iam = server.iam();
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'Distribution',
        AssumeRolePolicyDocument: distributionCrossAccountTrustPolicy(SOURCE),
      }),
    );
    operator = (
      await createUserWithKey(
        iam,
        'operator',
        allowPolicy(['sts:AssumeRole', 'iam:GetAccountAuthorizationDetails'], [ROLE_A, ROLE_B, '*']),
      )
    ).credentials;
    stranger = (await createUserWithKey(iam, 'stranger')).credentials;
  });
  after(() => server.stop());

  it('answers the trust graph, with the identity edges of every repeated roleArn', async () => {
    const answer = await get(server, '/_ibiam/api/trust-graph', { roleArn: [ROLE_A, ROLE_B] }, operator);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body['account'], ACCOUNT);
    const edges = answer.body['edges'] as { from: string; to: string; side: string }[];
    assert.deepEqual(
      edges.filter((e) => e.side === 'identity').map((e) => e.to),
      [ROLE_A, ROLE_B],
    );
    assert.ok(edges.some((e) => e.from === `arn:aws:iam::${SOURCE}:root` && e.side === 'trust'));
  });

  it('answers ValidationException for a bad roleArn, AccessDeniedException for a caller the engine denies', async () => {
    const bad = await get(server, '/_ibiam/api/trust-graph', { roleArn: 'DeployA' });
    assert.equal(bad.status, 400);
    assert.equal(bad.errorType, 'ValidationException');
    assert.match(String(bad.body['message']), /^1 validation error detected: Value 'DeployA' at 'roleArn'/);
    const denied = await get(server, '/_ibiam/api/trust-graph', {}, stranger);
    assert.equal(denied.status, 403);
    assert.equal(denied.errorType, 'AccessDeniedException');
  });

  it('answers the doctor report, and AccessDeniedException to a caller who may not read the account', async () => {
    const report = await get(server, '/_ibiam/api/doctor');
    assert.equal(report.status, 200, JSON.stringify(report.body));
    assert.ok(Array.isArray(report.body['findings']));
    assert.deepEqual(Object.keys(report.body['summary'] as object), ['errors', 'warnings', 'passed']);
    const denied = await get(server, '/_ibiam/api/doctor', {}, stranger);
    assert.equal(denied.status, 403);
    assert.equal(denied.errorType, 'AccessDeniedException');
    assert.match(String(denied.body['message']), /iam:GetAccountAuthorizationDetails/);
  });

  it('answers ValidationException for an image failure without an ARN, 404 for an unknown image', async () => {
    const missing = await get(server, '/_ibiam/api/image-failure');
    assert.equal(missing.status, 400);
    assert.equal(missing.errorType, 'ValidationException');
    const unknown = await get(server, '/_ibiam/api/image-failure', {
      imageBuildVersionArn: `arn:aws:imagebuilder:us-east-1:${ACCOUNT}:image/nothing/1.0.0/1`,
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.errorType, 'ResourceNotFoundException');
  });
});
