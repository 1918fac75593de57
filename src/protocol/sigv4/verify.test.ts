/**
 * verifySigV4 against signatures AWS published (the SigV4 test suite and the IAM ListUsers example of the
 * signing guide), against requests signed by @smithy/signature-v4, and against tampering, wrong secrets,
 * clock skew and presigned-URL expiry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignatureV4 } from '@smithy/signature-v4';
import { parseSigV4 } from './parse.js';
import { Sha256 } from './signer.js';
import { verifySigV4 } from './verify.js';
import type { HttpRequestLike, SigV4Result } from './types.js';

const AKID = 'AKIDEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const SUITE_TIME = new Date('2015-08-30T12:36:00Z');

async function verify(req: HttpRequestLike, secret: string, now: Date, options = {}): Promise<SigV4Result> {
  const parsed = parseSigV4(req);
  if (!parsed.ok) return parsed;
  return verifySigV4(req, parsed, secret, now, options);
}

interface Signable {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

async function sdkSign(
  req: Signable,
  opts: { service: string; date: Date; token?: string },
): Promise<HttpRequestLike> {
  const signer = new SignatureV4({
    service: opts.service,
    region: 'us-east-1',
    credentials: {
      accessKeyId: AKID,
      secretAccessKey: SECRET,
      ...(opts.token ? { sessionToken: opts.token } : {}),
    },
    sha256: Sha256,
  });
  const signed = await signer.sign(
    { ...req, protocol: 'https:', hostname: req.headers['host'] ?? '' },
    { signingDate: opts.date },
  );
  return {
    method: signed.method,
    path: signed.path,
    query: req.query,
    headers: signed.headers,
    body: req.body,
  };
}

const FORM = {
  method: 'POST',
  path: '/',
  query: {},
  headers: { host: 'iam.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: 'Action=CreateRole&Version=2010-05-08&RoleName=app&AssumeRolePolicyDocument=%7B%7D',
};

describe('verifySigV4 with AWS-published signatures', () => {
  // AWS SigV4 test suite (get-vanilla, get-vanilla-query-order-key-case, post-vanilla).
  const suite: [string, string, Record<string, string>, string][] = [
    ['GET', 'get-vanilla', {}, '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    [
      'GET',
      'query-order',
      { Param2: 'value2', Param1: 'value1' },
      'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
    ],
    ['POST', 'post-vanilla', {}, '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'],
  ];
  for (const [method, name, query, signature] of suite) {
    it(`accepts the test suite's ${name}`, async () => {
      const req: HttpRequestLike = {
        method,
        path: '/',
        query,
        headers: {
          host: 'example.amazonaws.com',
          'x-amz-date': '20150830T123600Z',
          authorization:
            `AWS4-HMAC-SHA256 Credential=${AKID}/20150830/us-east-1/service/aws4_request, ` +
            `SignedHeaders=host;x-amz-date, Signature=${signature}`,
        },
        body: '',
      };
      assert.deepEqual(await verify(req, SECRET, SUITE_TIME), {
        ok: true,
        accessKeyId: AKID,
        region: 'us-east-1',
        service: 'service',
        signedHeaders: ['host', 'x-amz-date'],
        presigned: false,
      });
    });
  }

  it('accepts the IAM ListUsers GET example of the SigV4 signing guide', async () => {
    const req: HttpRequestLike = {
      method: 'GET',
      path: '/',
      query: { Action: 'ListUsers', Version: '2010-05-08' },
      headers: {
        host: 'iam.amazonaws.com',
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        'x-amz-date': '20150830T123600Z',
        authorization:
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
          'SignedHeaders=content-type;host;x-amz-date, ' +
          'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
      },
      body: '',
    };
    const result = await verify(req, SECRET, SUITE_TIME);
    assert.ok(result.ok);
    const tampered = await verify(
      { ...req, query: { Action: 'ListRoles', Version: '2010-05-08' } },
      SECRET,
      SUITE_TIME,
    );
    assert.ok(!tampered.ok);
    assert.equal(tampered.code, 'SignatureDoesNotMatch');
  });
});

describe('verifySigV4 with requests signed by @smithy/signature-v4', () => {
  it('accepts a form POST with a session token, returning the token', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME, token: 'session-token' });
    const result = await verify(req, SECRET, SUITE_TIME);
    assert.ok(result.ok);
    assert.equal(result.sessionToken, 'session-token');
    assert.ok(result.signedHeaders.includes('x-amz-security-token'));
  });

  it('answers SignatureDoesNotMatch (403) with AWS wording for a wrong secret', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const result = await verify(req, 'not-the-secret', SUITE_TIME);
    assert.ok(!result.ok);
    assert.equal(result.code, 'SignatureDoesNotMatch');
    assert.equal(result.httpStatus, 403);
    assert.equal(
      result.message,
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
        'Access Key and signing method. Consult the service documentation for details.',
    );
  });

  it('rejects a tampered body, even when x-amz-content-sha256 is forged to match it', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const body = FORM.body.replace('RoleName=app', 'RoleName=admin');
    assert.equal((await verify({ ...req, body }, SECRET, SUITE_TIME)).ok, false);
    const forged = { ...req, body, headers: { ...req.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } };
    assert.equal((await verify(forged, SECRET, SUITE_TIME)).ok, false);
  });

  it('rejects a changed signed header but ignores unsigned ones', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const changed = { ...req, headers: { ...req.headers, 'content-type': 'application/json' } };
    assert.equal((await verify(changed, SECRET, SUITE_TIME)).ok, false);
    const extra = {
      ...req,
      headers: { ...req.headers, 'user-agent': 'curl/8', 'x-forwarded-for': '10.0.0.1' },
    };
    assert.equal((await verify(extra, SECRET, SUITE_TIME)).ok, true);
  });

  it('verifies the GET query form and rejects an added query parameter', async () => {
    const get = { ...FORM, method: 'GET', query: { Action: 'ListRoles', Version: '2010-05-08' }, body: '' };
    const req = await sdkSign(get, { service: 'iam', date: SUITE_TIME });
    assert.equal((await verify(req, SECRET, SUITE_TIME)).ok, true);
    const more = { ...req, query: { ...get.query, MaxItems: '1' } };
    assert.equal((await verify(more, SECRET, SUITE_TIME)).ok, false);
  });

  it('accepts UNSIGNED-PAYLOAD only when allowed', async () => {
    const headers = { ...FORM.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
    const req = await sdkSign({ ...FORM, headers }, { service: 'iam', date: SUITE_TIME });
    assert.equal((await verify(req, SECRET, SUITE_TIME)).ok, false);
    assert.equal((await verify(req, SECRET, SUITE_TIME, { allowUnsignedPayload: true })).ok, true);
  });
});

describe('verifySigV4 clock checks (15 minutes, SignatureDoesNotMatch as IAM/STS answer)', () => {
  it('accepts a request exactly 15 minutes old or 15 minutes ahead', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    assert.equal((await verify(req, SECRET, new Date('2015-08-30T12:51:00Z'))).ok, true);
    assert.equal((await verify(req, SECRET, new Date('2015-08-30T12:21:00Z'))).ok, true);
  });

  it('answers "Signature expired" for a request older than 15 minutes', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const result = await verify(req, SECRET, new Date('2015-08-30T12:52:00Z'));
    assert.ok(!result.ok);
    assert.equal(result.code, 'SignatureDoesNotMatch');
    assert.equal(result.httpStatus, 403);
    assert.equal(
      result.message,
      'Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z (20150830T125200Z - 15 min.)',
    );
  });

  it('answers "Signature not yet current" for a request more than 15 minutes ahead', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const result = await verify(req, SECRET, new Date('2015-08-30T12:20:00Z'));
    assert.ok(!result.ok);
    assert.equal(
      result.message,
      'Signature not yet current: 20150830T123600Z is still later than 20150830T123500Z (20150830T122000Z + 15 min.)',
    );
  });

  it('rejects a scope date that differs from X-Amz-Date', async () => {
    const req = await sdkSign(FORM, { service: 'iam', date: SUITE_TIME });
    const headers = { ...req.headers, 'x-amz-date': '20150831T000500Z' };
    const result = await verify({ ...req, headers }, SECRET, new Date('2015-08-31T00:00:00Z'));
    assert.ok(!result.ok);
    assert.equal(
      result.message,
      "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20150830' != '20150831', from '20150831T000500Z'.",
    );
  });
});

describe('verifySigV4 presigned URLs', () => {
  async function presign(expiresIn: number): Promise<HttpRequestLike> {
    const signer = new SignatureV4({
      service: 'sts',
      region: 'us-east-1',
      credentials: { accessKeyId: AKID, secretAccessKey: SECRET, sessionToken: 'tok' },
      sha256: Sha256,
    });
    const signed = await signer.presign(
      {
        method: 'GET',
        protocol: 'https:',
        hostname: 'sts.amazonaws.com',
        path: '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        headers: { host: 'sts.amazonaws.com', 'x-k8s-aws-id': 'my-cluster' },
      },
      { signingDate: SUITE_TIME, expiresIn, unhoistableHeaders: new Set(['x-k8s-aws-id']) },
    );
    const query: Record<string, string> = {};
    for (const [k, v] of Object.entries(signed.query ?? {})) if (typeof v === 'string') query[k] = v;
    return { method: 'GET', path: '/', query, headers: signed.headers, body: '' };
  }

  it('accepts a presigned GetCallerIdentity with a signed custom header and returns its token', async () => {
    const req = await presign(60);
    const result = await verify(req, SECRET, new Date('2015-08-30T12:37:00Z'));
    assert.ok(result.ok);
    assert.equal(result.presigned, true);
    assert.equal(result.sessionToken, 'tok');
    assert.deepEqual(result.signedHeaders, ['host', 'x-k8s-aws-id']);
  });

  it('keeps a presigned URL valid for 15 minutes whatever X-Amz-Expires says, like STS', async () => {
    const req = await presign(60);
    assert.equal((await verify(req, SECRET, new Date('2015-08-30T12:50:00Z'))).ok, true);
    const late = await verify(req, SECRET, new Date('2015-08-30T12:52:00Z'));
    assert.ok(!late.ok);
    assert.match(late.message, /^Signature expired: /);
  });

  it('honours X-Amz-Expires when asked', async () => {
    const req = await presign(60);
    const result = await verify(req, SECRET, new Date('2015-08-30T12:38:00Z'), {
      honorPresignedExpires: true,
    });
    assert.ok(!result.ok);
    assert.equal(result.code, 'RequestExpired');
  });

  it('rejects a presigned URL whose signed header or query was changed', async () => {
    const req = await presign(60);
    const now = new Date('2015-08-30T12:37:00Z');
    const header = { ...req, headers: { ...req.headers, 'x-k8s-aws-id': 'other-cluster' } };
    assert.equal((await verify(header, SECRET, now)).ok, false);
    const action = { ...req, query: { ...req.query, Action: 'AssumeRole' } };
    assert.equal((await verify(action, SECRET, now)).ok, false);
  });
});
