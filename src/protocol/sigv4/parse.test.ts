/**
 * parseSigV4: which form is used, and the IncompleteSignature / MissingAuthenticationToken answers IAM
 * and STS give for malformed or missing authentication (messages as observed from AWS, see errors.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSigV4 } from './parse.js';
import type { HttpRequestLike } from './types.js';

function request(headers: HttpRequestLike['headers'], query: HttpRequestLike['query'] = {}): HttpRequestLike {
  return { method: 'POST', path: '/', query, headers: { host: 'iam.amazonaws.com', ...headers }, body: '' };
}

const VALID =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, ' +
  'SignedHeaders=content-type;host;x-amz-date, ' +
  'Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';

describe('parseSigV4', () => {
  it('reads the Authorization header form', () => {
    const parsed = parseSigV4(request({ authorization: VALID, 'x-amz-date': '20150830T123600Z' }));
    assert.ok(parsed.ok);
    assert.equal(parsed.form, 'header');
    assert.equal(parsed.accessKeyId, 'AKIDEXAMPLE');
    assert.equal(parsed.scope, '20150830/us-east-1/iam/aws4_request');
    assert.equal(parsed.region, 'us-east-1');
    assert.equal(parsed.service, 'iam');
    assert.deepEqual(parsed.signedHeaders, ['content-type', 'host', 'x-amz-date']);
    assert.equal(parsed.amzDate, '20150830T123600Z');
    assert.equal(parsed.requestTime.toISOString(), '2015-08-30T12:36:00.000Z');
    assert.equal(parsed.sessionToken, undefined);
  });

  it('carries the X-Amz-Security-Token header of temporary credentials', () => {
    const parsed = parseSigV4(
      request({ authorization: VALID, 'x-amz-date': '20150830T123600Z', 'X-Amz-Security-Token': 'tok' }),
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.sessionToken, 'tok');
  });

  it('answers MissingAuthenticationToken (403) when the request is not signed', () => {
    const parsed = parseSigV4(request({}));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'MissingAuthenticationToken');
    assert.equal(parsed.message, 'Request is missing Authentication Token');
    assert.equal(parsed.httpStatus, 403);
    assert.equal(parsed.type, 'Sender');
  });

  it('lists every missing Authorization part, then the header, as AWS does (amazonka#316)', () => {
    const header = 'AWS4-HMAC-SHA256 Credential=ABCDEF';
    const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150830T123600Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
    assert.equal(parsed.httpStatus, 400);
    assert.equal(
      parsed.message,
      "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
        'Authorization=AWS4-HMAC-SHA256 Credential=ABCDEF',
    );
  });

  it('requires X-Amz-Date or Date', () => {
    const parsed = parseSigV4(request({ authorization: VALID }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
    assert.equal(
      parsed.message,
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${VALID}`,
    );
  });

  it('accepts the HTTP Date header when X-Amz-Date is absent', () => {
    const parsed = parseSigV4(request({ authorization: VALID, date: 'Sun, 30 Aug 2015 12:36:00 GMT' }));
    assert.ok(parsed.ok);
    assert.equal(parsed.amzDate, '20150830T123600Z');
  });

  it('reports a part without "=" like AWS, e.g. a space inside the access key (aws-sdk-go#289)', () => {
    const header =
      'AWS4-HMAC-SHA256 Credential=AKIAXXXXXXXXXX /20150620/us-east-1/cloudformation/aws4_request, ' +
      'SignedHeaders=host;x-amz-date, Signature=240c93ba';
    const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150620T000000Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
    assert.equal(
      parsed.message,
      `'/20150620/us-east-1/cloudformation/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '${header}'.`,
    );
  });

  it('rejects a malformed X-Amz-Date', () => {
    const parsed = parseSigV4(request({ authorization: VALID, 'x-amz-date': '2015-08-30T12:36:00Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
    assert.match(parsed.message, /^Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'/);
  });

  it('requires the host header to be signed', () => {
    const header = VALID.replace('content-type;host;x-amz-date', 'content-type;x-amz-date');
    const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150830T123600Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.message, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  });

  it('rejects a credential scope without the aws4_request terminator (IAM UG troubleshooting)', () => {
    const header = VALID.replace('/aws4_request', '/aws5_request');
    const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150830T123600Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'SignatureDoesNotMatch');
    assert.equal(parsed.message, "Credential should be scoped with a valid terminator: 'aws4_request'");
  });

  it('rejects a credential with missing scope parts', () => {
    const header = VALID.replace(
      'AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request',
      'AKIDEXAMPLE/us-east-1/iam',
    );
    const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150830T123600Z' }));
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
  });

  it('rejects other authorization schemes (SigV2, SigV4a, bearer tokens)', () => {
    for (const header of [
      'AWS AKIDEXAMPLE:frJIUN8DYpKDtOLCwo//yllqDzg=',
      'AWS4-ECDSA-P256-SHA256 Credential=x',
      'Bearer x',
    ]) {
      const parsed = parseSigV4(request({ authorization: header, 'x-amz-date': '20150830T123600Z' }));
      assert.ok(!parsed.ok);
      assert.equal(parsed.code, 'IncompleteSignature');
    }
  });

  it('reads the presigned query form with X-Amz-Expires and X-Amz-Security-Token', () => {
    const parsed = parseSigV4(
      request(
        {},
        {
          Action: 'GetCallerIdentity',
          Version: '2011-06-15',
          'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
          'X-Amz-Credential': 'AKIDEXAMPLE/20240102/us-east-1/sts/aws4_request',
          'X-Amz-Date': '20240102T030405Z',
          'X-Amz-Expires': '60',
          'X-Amz-SignedHeaders': 'host;x-k8s-aws-id',
          'X-Amz-Security-Token': 'tok',
          'X-Amz-Signature': 'abc',
        },
      ),
    );
    assert.ok(parsed.ok);
    assert.equal(parsed.form, 'query');
    assert.equal(parsed.service, 'sts');
    assert.equal(parsed.expiresSeconds, 60);
    assert.equal(parsed.sessionToken, 'tok');
    assert.deepEqual(parsed.signedHeaders, ['host', 'x-k8s-aws-id']);
  });

  it('names the missing presigned parameters', () => {
    const parsed = parseSigV4(
      request(
        {},
        {
          'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
          'X-Amz-Credential': 'AKID/20240102/us-east-1/sts/aws4_request',
        },
      ),
    );
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
    assert.match(parsed.message, /'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders'/);
  });

  it('refuses a request that carries both forms', () => {
    const parsed = parseSigV4(
      request({ authorization: VALID, 'x-amz-date': '20150830T123600Z' }, { 'X-Amz-Signature': 'abc' }),
    );
    assert.ok(!parsed.ok);
    assert.equal(parsed.code, 'IncompleteSignature');
  });
});
