/**
 * Signatures made by real AWS clients verify: requests captured from @aws-sdk/client-iam and
 * @aws-sdk/client-sts (their full middleware stack, via a capturing requestHandler), and requests made by
 * botocore 1.43 — the AWS CLI's signer — recorded with a fixed clock (`aws iam create-role` with session
 * credentials, and `generate_presigned_url('get_caller_identity')` with an EKS-style signed header).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { parseSigV4 } from './parse.js';
import { parseQueryString } from '../query-string.js';
import { verifySigV4 } from './verify.js';
import type { HttpRequestLike, SigV4Result } from './types.js';

// The SDK warns once about Node 20 support ending in 2027; keep test output readable.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] = 'true';

const CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

async function verify(req: HttpRequestLike, now: Date): Promise<SigV4Result> {
  const parsed = parseSigV4(req);
  if (!parsed.ok) return parsed;
  return verifySigV4(req, parsed, CREDENTIALS.secretAccessKey, now);
}

interface SdkRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

/** A requestHandler that records what the SDK would put on the wire and stops the call. */
function capture(): {
  handler: { handle: (req: SdkRequest) => Promise<never> };
  requests: HttpRequestLike[];
} {
  const requests: HttpRequestLike[] = [];
  const handler = {
    handle: async (req: SdkRequest): Promise<never> => {
      const query: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(req.query ?? {})) if (v !== null) query[k] = v;
      requests.push({
        method: req.method,
        path: req.path,
        query,
        headers: req.headers,
        body: typeof req.body === 'string' ? req.body : '',
      });
      throw new Error('captured');
    },
  };
  return { handler, requests };
}

describe('signatures from @aws-sdk/client-iam and @aws-sdk/client-sts', () => {
  it('verifies an IAM CreateRole with tags signed with session credentials', async () => {
    const { handler, requests } = capture();
    const iam = new IAMClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:4566',
      credentials: { ...CREDENTIALS, sessionToken: 'session-token' },
      requestHandler: handler,
      maxAttempts: 1,
    });
    await assert.rejects(
      iam.send(
        new CreateRoleCommand({
          RoleName: 'app',
          AssumeRolePolicyDocument: '{}',
          Tags: [{ Key: 'a b', Value: 'c+d' }],
        }),
      ),
      /captured/,
    );
    const [req] = requests;
    assert.ok(req);
    const result = await verify(req, new Date());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.service, 'iam');
    assert.equal(result.sessionToken, 'session-token');
    const tampered = await verify(
      { ...req, body: String(req.body).replace('RoleName=app', 'RoleName=bad') },
      new Date(),
    );
    assert.equal(tampered.ok, false);
  });

  it('verifies an STS GetCallerIdentity signed for a regional endpoint', async () => {
    const { handler, requests } = capture();
    const sts = new STSClient({
      region: 'eu-west-1',
      endpoint: 'http://localhost:4566',
      credentials: CREDENTIALS,
      requestHandler: handler,
      maxAttempts: 1,
    });
    await assert.rejects(sts.send(new GetCallerIdentityCommand({})), /captured/);
    const [req] = requests;
    assert.ok(req);
    const result = await verify(req, new Date());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.region, 'eu-west-1');
    assert.equal(result.service, 'sts');
  });
});

describe('signatures from botocore (the AWS CLI)', () => {
  const at = new Date('2024-01-02T03:04:05Z');

  it('verifies `aws iam create-role` (form body with "+" for spaces, session token signed)', async () => {
    const req: HttpRequestLike = {
      method: 'POST',
      path: '/',
      query: {},
      headers: {
        host: '127.0.0.1:4566',
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'user-agent': 'Botocore/1.43.11 ua/2.1 os/linux md/arch#x86_64 lang/python#3.11.7',
        'x-amz-date': '20240102T030405Z',
        'x-amz-security-token': 'FQoGZXIvYXdzEXAMPLETOKEN',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240102/us-east-1/iam/aws4_request, ' +
          'SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, ' +
          'Signature=5ecbd57a484e1e6d340cdd4cfca0bd5bfd3c2a122b05544b86bd2341d95f83e2',
        'content-length': '191',
      },
      body:
        'Action=CreateRole&Version=2010-05-08&RoleName=app&AssumeRolePolicyDocument=%7B%22Version%22%3A%222012-10-17' +
        '%22%2C%22Statement%22%3A%5B%5D%7D&Tags.member.1.Key=team&Tags.member.1.Value=a+b%2Bc',
    };
    const result = await verify(req, at);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.sessionToken, 'FQoGZXIvYXdzEXAMPLETOKEN');
  });

  it('verifies a presigned GetCallerIdentity URL with a signed x-k8s-aws-id header', async () => {
    const query = parseQueryString(
      'Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' +
        'AKIAIOSFODNN7EXAMPLE%2F20240102%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date=20240102T030405Z&' +
        'X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLETOKEN&' +
        'X-Amz-Signature=b734b2fccf45d47613ccb2570b21d7d26082f7e1013aad9d0e23af8f42d866f0',
    );
    assert.ok(query);
    const req: HttpRequestLike = {
      method: 'GET',
      path: '/',
      query,
      headers: { host: '127.0.0.1:4566', 'x-k8s-aws-id': 'my-cluster' },
      body: '',
    };
    const result = await verify(req, new Date('2024-01-02T03:10:00Z'));
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.presigned, true);
    assert.equal(result.sessionToken, 'FQoGZXIvYXdzEXAMPLETOKEN');
  });
});
