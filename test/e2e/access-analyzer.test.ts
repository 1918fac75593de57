// IAM Access Analyzer's ValidatePolicy through @aws-sdk/client-accessanalyzer, as the web console's policy
// editor calls it: findings in AWS's shape (findingType, issueCode, findingDetails, learnMoreLink, locations
// with a JSON path and a span whose lines count from 1 and columns and offsets from 0), pagination with
// maxResults/nextToken, the trust-policy resource type, input errors, and authorization as
// access-analyzer:ValidatePolicy.
// https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html
// https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Position.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessAnalyzerClient,
  ValidatePolicyCommand,
  type ValidatePolicyCommandInput,
  type Position,
} from '@aws-sdk/client-accessanalyzer';
import { ROOT, startTestServer, type Credentials, type TestServer } from './harness.js';
import { allowPolicy, createUserWithKey, policyText, rejection } from './support/iam-helpers.js';

/** Where `offset` is in `text`: AWS's Position, line from 1, column and offset from 0. */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart, offset };
}

describe('Access Analyzer ValidatePolicy', () => {
  let server: TestServer;
  let analyzer: (credentials?: Credentials) => AccessAnalyzerClient;
  const validate = (input: ValidatePolicyCommandInput, credentials: Credentials = ROOT) =>
    analyzer(credentials).send(new ValidatePolicyCommand(input));

  before(async () => {
    server = await startTestServer();
    analyzer = (credentials = ROOT) =>
      new AccessAnalyzerClient({ endpoint: server.url, region: 'us-east-1', credentials, maxAttempts: 1 });
  });
  after(() => server.stop());

  it('reports a JSON syntax error at its line and column', async () => {
    const text = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "s3:GetObject" "Resource": "*" }',
      '  ]',
      '}',
    ].join('\n');
    const answer = await validate({ policyDocument: text, policyType: 'IDENTITY_POLICY' });
    const findings = answer.findings ?? [];
    assert.equal(findings.length, 1);
    const finding = findings[0]!;
    assert.equal(finding.findingType, 'ERROR');
    assert.equal(finding.issueCode, 'JSON_SYNTAX_ERROR');
    assert.match(finding.learnMoreLink ?? '', /^https:\/\/docs\.aws\.amazon\.com\//);
    // The parser stops at the member that follows "s3:GetObject" without a comma.
    const expected = positionOf(text, text.indexOf('"Resource"'));
    assert.deepEqual(finding.locations?.[0]?.span?.start, expected);
    assert.equal(expected.line, 4);
  });

  it('reports an unknown action with the path and span of the action', async () => {
    const text = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjekt'], Resource: '*' }],
      },
      null,
      2,
    );
    const { findings = [] } = await validate({ policyDocument: text, policyType: 'IDENTITY_POLICY' });
    assert.equal(findings.length, 1);
    const finding = findings[0]!;
    assert.equal(finding.findingType, 'ERROR');
    assert.equal(finding.issueCode, 'INVALID_ACTION');
    assert.match(finding.findingDetails ?? '', /s3:GetObjekt/);
    const location = finding.locations?.[0];
    assert.deepEqual(location?.path, [{ key: 'Statement' }, { index: 0 }, { key: 'Action' }, { index: 1 }]);
    const start = location?.span?.start;
    const end = location?.span?.end;
    assert.ok(start && end);
    assert.match(text.slice(start.offset, end.offset), /s3:GetObjekt/);
    assert.deepEqual(start, positionOf(text, start.offset!));
    assert.deepEqual(end, positionOf(text, end.offset!));
  });

  it('follows a single Statement object and a single Action string as written in the path', async () => {
    const text = JSON.stringify(
      { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' } },
      null,
      2,
    );
    const { findings = [] } = await validate({ policyDocument: text, policyType: 'IDENTITY_POLICY' });
    assert.deepEqual(
      findings.map((f) => [f.issueCode, f.locations?.[0]?.path]),
      [['INVALID_ACTION', [{ key: 'Statement' }, { key: 'Action' }]]],
    );
  });

  it('answers no findings for a good policy, and for a good trust policy as a role trust document', async () => {
    const good = await validate({
      policyDocument: allowPolicy(['imagebuilder:GetImage', 'imagebuilder:ListImages']),
      policyType: 'IDENTITY_POLICY',
    });
    assert.deepEqual(good.findings, []);
    assert.equal(good.nextToken, undefined);
    const trust = await validate({
      policyDocument: policyText({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
      policyType: 'RESOURCE_POLICY',
      validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
    });
    assert.deepEqual(trust.findings, []);
  });

  it('checks a trust policy by the role trust grammar when asked for AWS::IAM::AssumeRolePolicyDocument', async () => {
    // A statement without Principal and with Resource: any resource policy lacks the Principal; a role trust
    // policy also "cannot specify a resource" (Role trust policy syntax error resource).
    const text = allowPolicy('sts:AssumeRole');
    const codes = async (input: Partial<ValidatePolicyCommandInput>) =>
      (
        (await validate({ policyDocument: text, policyType: 'IDENTITY_POLICY', ...input })).findings ?? []
      ).map((f) => f.issueCode);
    assert.deepEqual(await codes({}), []);
    assert.deepEqual(await codes({ policyType: 'RESOURCE_POLICY' }), ['MISSING_PRINCIPAL']);
    assert.deepEqual(
      (
        await codes({
          policyType: 'RESOURCE_POLICY',
          validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument',
        })
      ).sort(),
      ['MISSING_PRINCIPAL', 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE'],
    );
  });

  it('pages findings with maxResults and nextToken', async () => {
    const text = allowPolicy(['s3:GetObjekt', 's3:PutObjekt', 's3:DeleteObjekt']);
    const first = await validate({ policyDocument: text, policyType: 'IDENTITY_POLICY', maxResults: 2 });
    assert.equal(first.findings?.length, 2);
    assert.ok(first.nextToken);
    const second = await validate({
      policyDocument: text,
      policyType: 'IDENTITY_POLICY',
      maxResults: 2,
      nextToken: first.nextToken,
    });
    assert.equal(second.findings?.length, 1);
    assert.equal(second.nextToken, undefined);
    const actions = [...(first.findings ?? []), ...(second.findings ?? [])].map((f) => f.findingDetails);
    assert.deepEqual(
      ['s3:GetObjekt', 's3:PutObjekt', 's3:DeleteObjekt'].map((a) => actions.some((d) => d?.includes(a))),
      [true, true, true],
    );
  });

  it('refuses a policy type outside the enumeration with ValidationException', async () => {
    const error = await rejection(
      validate({
        policyDocument: allowPolicy('s3:GetObject'),
        policyType: 'BUCKET_POLICY' as ValidatePolicyCommandInput['policyType'],
      }),
    );
    assert.equal(error.name, 'ValidationException');
    assert.equal(error.$metadata?.httpStatusCode, 400);
    assert.match(error.message, /policyType/);
  });

  it('authorizes the call as access-analyzer:ValidatePolicy on *', async () => {
    const iam = server.iam();
    const denied = await createUserWithKey(iam, 'no-analyzer', allowPolicy('iam:GetUser'));
    const error = await rejection(
      validate(
        { policyDocument: allowPolicy('s3:GetObject'), policyType: 'IDENTITY_POLICY' },
        denied.credentials,
      ),
    );
    assert.equal(error.name, 'AccessDeniedException');
    assert.equal(error.$metadata?.httpStatusCode, 403);
    assert.equal(
      error.message,
      `User: ${denied.arn} is not authorized to perform: access-analyzer:ValidatePolicy on resource: * because no identity-based policy allows the access-analyzer:ValidatePolicy action`,
    );
    const allowed = await createUserWithKey(iam, 'analyzer', allowPolicy('access-analyzer:ValidatePolicy'));
    const answer = await validate(
      { policyDocument: allowPolicy('s3:GetObject'), policyType: 'IDENTITY_POLICY' },
      allowed.credentials,
    );
    assert.deepEqual(answer.findings, []);
  });
});
