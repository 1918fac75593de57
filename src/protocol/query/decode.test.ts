/**
 * decodeQueryRequest on the bodies real clients send: captured from @aws-sdk/client-iam and
 * @aws-sdk/client-sts serializers (CreateRole with Tags, PutRolePolicy, AssumeRole with PolicyArns, Tags
 * and TransitiveTagKeys) and from botocore (the AWS CLI); plus the protocol errors for bad input.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient, CreateRoleCommand, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { checkQueryOperation, decodeQueryRequest, type QueryRequest } from './decode.js';
import { asList } from './values.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

/** Runs a command through the client's real serializer and returns the form body it would send. */
async function bodyOf(
  send: (handler: { handle: (req: { body?: unknown }) => Promise<never> }) => Promise<unknown>,
) {
  let body = '';
  await assert.rejects(
    send({
      handle: async (req) => {
        body = typeof req.body === 'string' ? req.body : '';
        throw new Error('captured');
      },
    }),
    /captured/,
  );
  return body;
}

function decoded(body: string): QueryRequest {
  const result = decodeQueryRequest(body);
  assert.ok(result.ok, JSON.stringify(result));
  return result.request;
}

const iam = (requestHandler: { handle: (req: { body?: unknown }) => Promise<never> }) =>
  new IAMClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:4566',
    credentials,
    requestHandler,
    maxAttempts: 1,
  });
const sts = (requestHandler: { handle: (req: { body?: unknown }) => Promise<never> }) =>
  new STSClient({
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:4566',
    credentials,
    requestHandler,
    maxAttempts: 1,
  });

describe('decodeQueryRequest on SDK-serialized requests', () => {
  it('decodes IAM CreateRole with Tags (including an empty tag value and special characters)', async () => {
    const policy =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"}}]}';
    const body = await bodyOf((h) =>
      iam(h).send(
        new CreateRoleCommand({
          RoleName: 'app-role',
          Path: '/svc/',
          AssumeRolePolicyDocument: policy,
          MaxSessionDuration: 7200,
          Tags: [
            { Key: 'team', Value: 'a b+c&d=e' },
            { Key: 'empty', Value: '' },
          ],
        }),
      ),
    );
    assert.deepEqual(decoded(body), {
      action: 'CreateRole',
      version: '2010-05-08',
      params: {
        RoleName: 'app-role',
        Path: '/svc/',
        AssumeRolePolicyDocument: policy,
        MaxSessionDuration: '7200',
        Tags: [
          { Key: 'team', Value: 'a b+c&d=e' },
          { Key: 'empty', Value: '' },
        ],
      },
    });
  });

  it('decodes IAM PutRolePolicy', async () => {
    const body = await bodyOf((h) =>
      iam(h).send(
        new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: '{"a":"ü ✓"}' }),
      ),
    );
    assert.deepEqual(decoded(body).params, { RoleName: 'r', PolicyName: 'p', PolicyDocument: '{"a":"ü ✓"}' });
  });

  it('decodes STS AssumeRole with PolicyArns, Tags, TransitiveTagKeys, and an empty list', async () => {
    const body = await bodyOf((h) =>
      sts(h).send(
        new AssumeRoleCommand({
          RoleArn: 'arn:aws:iam::123456789012:role/demo',
          RoleSessionName: 'bob',
          DurationSeconds: 900,
          PolicyArns: [
            { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
            { arn: 'arn:aws:iam::123456789012:policy/p' },
          ],
          Tags: [{ Key: 'Project', Value: 'x' }],
          TransitiveTagKeys: ['Project'],
          ProvidedContexts: [],
        }),
      ),
    );
    const request = decoded(body);
    assert.equal(request.action, 'AssumeRole');
    assert.equal(request.version, '2011-06-15');
    assert.deepEqual(request.params, {
      RoleArn: 'arn:aws:iam::123456789012:role/demo',
      RoleSessionName: 'bob',
      DurationSeconds: '900',
      PolicyArns: [
        { arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
        { arn: 'arn:aws:iam::123456789012:policy/p' },
      ],
      Tags: [{ Key: 'Project', Value: 'x' }],
      TransitiveTagKeys: ['Project'],
      ProvidedContexts: '',
    });
    assert.deepEqual(asList(request.params['ProvidedContexts']), []);
  });

  it('decodes the body botocore sends (spaces as "+")', () => {
    const request = decoded(
      'Action=CreateRole&Version=2010-05-08&RoleName=app&AssumeRolePolicyDocument=%7B%7D&' +
        'Tags.member.1.Key=team&Tags.member.1.Value=a+b%2Bc',
    );
    assert.deepEqual(request.params['Tags'], [{ Key: 'team', Value: 'a b+c' }]);
  });

  it('decodes pairs from a GET query string and drops the SigV4 presign parameters', () => {
    const request = decodeQueryRequest(
      new URLSearchParams(
        'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=ab',
      ),
    );
    assert.deepEqual(request, {
      ok: true,
      request: { action: 'GetCallerIdentity', version: '2011-06-15', params: {} },
    });
  });

  it('orders list members by index and decodes maps and nested structures', () => {
    const request = decoded(
      'Action=X&Version=1&L.member.2=b&L.member.1=a&M.entry.1.key=k1&M.entry.1.value=v1&' +
        'M.entry.2.key=k2&M.entry.2.value.A=deep&S.Inner.member.1.Name=n',
    );
    assert.deepEqual(request.params, {
      L: ['a', 'b'],
      M: { k1: 'v1', k2: { A: 'deep' } },
      S: { Inner: [{ Name: 'n' }] },
    });
  });
});

describe('decodeQueryRequest errors', () => {
  it('answers MissingAction without an Action', () => {
    assert.deepEqual(decodeQueryRequest('Version=2010-05-08&RoleName=r'), {
      ok: false,
      error: { code: 'MissingAction', message: 'Missing Action', httpStatus: 400, type: 'Sender' },
    });
  });

  it('answers MalformedQueryString for broken percent-encoding', () => {
    const result = decodeQueryRequest('Action=GetRole&RoleName=%E0%A4%A');
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'MalformedQueryString');
    assert.equal(result.error.httpStatus, 404);
  });

  it('answers InvalidQueryParameter for conflicting, repeated or mis-indexed names', () => {
    for (const body of [
      'Action=X&Tags=&Tags.member.1.Key=k',
      'Action=X&RoleName=a&RoleName=b',
      'Action=X&Tags.member.0.Key=k',
      'Action=X&Tags.member.x.Key=k',
      'Action=X&Tags.item.1.Key=k&Tags.member.1.Key=k',
      'Action=X&M.entry.1.value=v',
      'Action=X&Action=Y',
      'Action=X&__proto__.polluted=1',
    ]) {
      const result = decodeQueryRequest(body);
      assert.ok(!result.ok, body);
      assert.equal(result.error.code, 'InvalidQueryParameter', body);
    }
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('answers InvalidAction "Could not find operation X for version Y" for unknown actions or versions', () => {
    const service = { version: '2010-05-08', actions: new Set(['GetRole']) };
    assert.equal(checkQueryOperation(decoded('Action=GetRole&Version=2010-05-08'), service), undefined);
    assert.deepEqual(checkQueryOperation(decoded('Action=GetRoles&Version=2010-05-08'), service), {
      code: 'InvalidAction',
      message: 'Could not find operation GetRoles for version 2010-05-08',
      httpStatus: 400,
      type: 'Sender',
    });
    assert.equal(
      checkQueryOperation(decoded('Action=GetRole&Version=2011-06-15'), service)?.code,
      'InvalidAction',
    );
  });
});
