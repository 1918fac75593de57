/**
 * encodeQueryResponse / encodeQueryError read back by the real SDK deserializers (@aws-sdk/client-iam,
 * @aws-sdk/client-sts): the fields, dates, numbers, booleans, lists, maps and error codes a caller
 * depends on survive the round trip. The document shapes follow the IAM/STS API references' samples.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import {
  IAMClient,
  DeleteRoleCommand,
  GetAccountSummaryCommand,
  GetRoleCommand,
  ListRolesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import { STSClient, AssumeRoleCommand, MalformedPolicyDocumentException } from '@aws-sdk/client-sts';
import { encodeQueryResponse, QueryMap } from './encode-response.js';
import { encodeQueryError, renderQueryError } from './encode-error.js';
import { IAM_NAMESPACE, STS_NAMESPACE } from './namespaces.js';
import { protocolError } from '../errors.js';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

/** A requestHandler answering every request with a fixed status and XML body. */
function answer(status: number, xml: string) {
  return {
    handle: async () => ({
      response: {
        statusCode: status,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': 'req-1' },
        body: new TextEncoder().encode(xml),
      },
    }),
  };
}

const clientConfig = (status: number, xml: string) => ({
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:4566',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  requestHandler: answer(status, xml),
  maxAttempts: 1,
});

const created = new Date('2019-11-09T13:34:41Z');
const ROLE = {
  Path: '/',
  RoleName: 'demo',
  RoleId: 'AROA123EXAMPLE123',
  Arn: 'arn:aws:iam::123456789012:role/demo',
  CreateDate: created,
  AssumeRolePolicyDocument: encodeURIComponent('{"Version":"2012-10-17","Statement":[]}'),
  Description: 'Tom & Jerry <role> "quoted"',
  MaxSessionDuration: 3600,
  PermissionsBoundary: {
    PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
    PermissionsBoundaryArn: 'arn:aws:iam::123456789012:policy/b',
  },
  Tags: [
    { Key: 'team', Value: 'a' },
    { Key: 'empty', Value: '' },
  ],
  RoleLastUsed: { LastUsedDate: new Date('2020-01-02T03:04:05.678Z'), Region: 'us-east-1' },
};

describe('encodeQueryResponse read by @aws-sdk/client-iam', () => {
  it('round-trips a GetRole result', async () => {
    const xml = encodeQueryResponse(
      'GetRole',
      { Role: ROLE },
      { namespace: IAM_NAMESPACE, requestId: 'req-1' },
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new GetRoleCommand({ RoleName: 'demo' }));
    assert.deepEqual(out.Role, { ...ROLE });
  });

  it('accepts typed service interfaces as results', async () => {
    interface Group {
      Path: string;
      GroupName: string;
      GroupId: string;
      Arn: string;
      CreateDate: Date;
    }
    const group: Group = {
      Path: '/',
      GroupName: 'g',
      GroupId: 'AGPA1',
      Arn: 'arn:aws:iam::1:group/g',
      CreateDate: created,
    };
    const xml = encodeQueryResponse(
      'GetRole',
      { Role: group },
      { namespace: IAM_NAMESPACE, requestId: 'req-1' },
    );
    assert.match(xml, /<Role><Path>\/<\/Path><GroupName>g<\/GroupName>/);
  });

  it('round-trips ListRoles with an empty list and a false boolean', async () => {
    const xml = encodeQueryResponse(
      'ListRoles',
      { Roles: [], IsTruncated: false },
      { namespace: IAM_NAMESPACE, requestId: 'req-1' },
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new ListRolesCommand({}));
    assert.deepEqual(out.Roles, []);
    assert.equal(out.IsTruncated, false);
  });

  it('round-trips a paginated ListRoles', async () => {
    const xml = encodeQueryResponse(
      'ListRoles',
      { Roles: [ROLE, { ...ROLE, RoleName: 'second' }], IsTruncated: true, Marker: 'next+/=' },
      { namespace: IAM_NAMESPACE, requestId: 'req-1' },
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new ListRolesCommand({}));
    assert.deepEqual(
      out.Roles?.map((r) => r.RoleName),
      ['demo', 'second'],
    );
    assert.equal(out.IsTruncated, true);
    assert.equal(out.Marker, 'next+/=');
  });

  it('round-trips a map (GetAccountSummary SummaryMap)', async () => {
    const xml = encodeQueryResponse(
      'GetAccountSummary',
      { SummaryMap: new QueryMap({ Roles: 3, RolesQuota: 1000 }) },
      { namespace: IAM_NAMESPACE, requestId: 'req-1' },
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new GetAccountSummaryCommand({}));
    assert.deepEqual(out.SummaryMap, { Roles: 3, RolesQuota: 1000 });
  });

  it('writes no Result element for an operation without output (DeleteRole)', async () => {
    const xml = encodeQueryResponse('DeleteRole', undefined, {
      namespace: IAM_NAMESPACE,
      requestId: 'req-1',
    });
    assert.equal(
      xml,
      '<DeleteRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><ResponseMetadata>' +
        '<RequestId>req-1</RequestId></ResponseMetadata></DeleteRoleResponse>',
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new DeleteRoleCommand({ RoleName: 'demo' }));
    assert.equal(out.$metadata.httpStatusCode, 200);
  });
});

describe('encodeQueryResponse read by @aws-sdk/client-sts', () => {
  it('round-trips AssumeRole like the STS API reference sample', async () => {
    const result = {
      Credentials: {
        AccessKeyId: 'ASIAIOSFODNN7EXAMPLE',
        SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY',
        SessionToken: 'AQoDYXdzEPT//////////wEXAMPLE',
        Expiration: new Date('2011-07-15T23:28:33.359Z'),
      },
      AssumedRoleUser: {
        AssumedRoleId: 'ARO123EXAMPLE123:Bob',
        Arn: 'arn:aws:sts::123456789012:assumed-role/demo/Bob',
      },
      PackedPolicySize: 8,
      SourceIdentity: 'Alice',
    };
    const xml = encodeQueryResponse('AssumeRole', result, { namespace: STS_NAMESPACE, requestId: 'req-1' });
    const out = await new STSClient(clientConfig(200, xml)).send(
      new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/demo', RoleSessionName: 'Bob' }),
    );
    assert.deepEqual(out.Credentials, result.Credentials);
    assert.deepEqual(out.AssumedRoleUser, result.AssumedRoleUser);
    assert.equal(out.PackedPolicySize, 8);
    assert.equal(out.SourceIdentity, 'Alice');
  });
});

describe('encodeQueryError read by the SDKs', () => {
  it('becomes the modeled IAM exception with AWS code and message', async () => {
    const xml = encodeQueryError({
      code: 'NoSuchEntity',
      message: 'The role with name demo cannot be found.',
      type: 'Sender',
      requestId: 'req-1',
      namespace: IAM_NAMESPACE,
    });
    const client = new IAMClient(clientConfig(404, xml));
    const error = await client.send(new GetRoleCommand({ RoleName: 'demo' })).catch((e: unknown) => e);
    assert.ok(error instanceof NoSuchEntityException);
    assert.equal(error.message, 'The role with name demo cannot be found.');
    assert.equal(error.$fault, 'client');
    assert.equal(error.$metadata.httpStatusCode, 404);
  });

  it('becomes a generic service error named by the code for unmodeled codes (SignatureDoesNotMatch)', async () => {
    const response = renderQueryError(protocolError('SignatureDoesNotMatch', 'Signature expired: x', 403), {
      namespace: STS_NAMESPACE,
      requestId: 'req-1',
    });
    assert.equal(response.status, 403);
    assert.equal(response.headers['content-type'], 'text/xml');
    const client = new STSClient(clientConfig(response.status, response.body));
    const error = await client
      .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 's' }))
      .catch((e: unknown) => e);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'SignatureDoesNotMatch');
    assert.equal(error.message, 'Signature expired: x');
  });

  it('becomes the modeled STS exception (MalformedPolicyDocument)', async () => {
    const xml = encodeQueryError({
      code: 'MalformedPolicyDocument',
      message: 'The policy is not in the valid JSON format.',
      type: 'Sender',
      requestId: 'req-1',
      namespace: STS_NAMESPACE,
    });
    const client = new STSClient(clientConfig(400, xml));
    const error = await client
      .send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 's', Policy: '{' }))
      .catch((e: unknown) => e);
    assert.ok(error instanceof MalformedPolicyDocumentException);
    assert.equal(error.message, 'The policy is not in the valid JSON format.');
  });

  it('has the ErrorResponse/Error/Type,Code,Message + RequestId shape', () => {
    const xml = encodeQueryError({
      code: 'ServiceFailure',
      message: 'a < b',
      type: 'Receiver',
      requestId: 'r',
    });
    const parsed: unknown = new XMLParser().parse(xml);
    assert.deepEqual(parsed, {
      ErrorResponse: {
        Error: { Type: 'Receiver', Code: 'ServiceFailure', Message: 'a < b' },
        RequestId: 'r',
      },
    });
  });
});

describe('XML text safety', () => {
  it('escapes markup and keeps carriage returns and non-ASCII text through the SDK', async () => {
    const description = '</Description><x>&amp;\r\nü ✓ 😀';
    const xml = encodeQueryResponse(
      'GetRole',
      { Role: { ...ROLE, Description: description } },
      { namespace: IAM_NAMESPACE, requestId: '1' },
    );
    const out = await new IAMClient(clientConfig(200, xml)).send(new GetRoleCommand({ RoleName: 'demo' }));
    assert.equal(out.Role?.Description, description);
  });

  it('replaces characters XML cannot carry instead of producing a broken document', () => {
    const xml = encodeQueryResponse(
      'GetRole',
      { Role: { Description: 'a\u0000b\uD800c' } },
      { namespace: IAM_NAMESPACE, requestId: '1' },
    );
    assert.match(xml, /<Description>a\uFFFDb\uFFFDc<\/Description>/);
  });
});
