/**
 * REST-JSON helpers against the Image Builder API's wire facts (spec digest 1.1/1.4): fixed `/<Operation>`
 * paths, `/tags/{resourceArn}` with the ARN percent-encoded in the path, JSON bodies, and errors as
 * `x-amzn-ErrorType` + `{"message"}` with the modeled status.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { protocolError } from '../errors.js';
import { parseJsonBody } from './body.js';
import { encodeRestJsonError, encodeRestJsonResponse } from './respond.js';
import { RestRouter } from './route.js';

const router = new RestRouter([
  { method: 'PUT', uri: '/CreateComponent', operation: 'CreateComponent' },
  { method: 'GET', uri: '/GetComponent', operation: 'GetComponent' },
  { method: 'GET', uri: '/tags/{resourceArn}', operation: 'ListTagsForResource' },
  { method: 'POST', uri: '/tags/{resourceArn}', operation: 'TagResource' },
  { method: 'DELETE', uri: '/tags/{resourceArn}', operation: 'UntagResource' },
  { method: 'GET', uri: '/Export?format=yaml', operation: 'ExportYaml' },
]);

describe('RestRouter', () => {
  it('routes fixed operation paths by method', () => {
    assert.deepEqual(router.match('PUT', '/CreateComponent', {}), {
      ok: true,
      operation: 'CreateComponent',
      labels: {},
    });
    assert.deepEqual(router.match('GET', '/GetComponent', { componentBuildVersionArn: 'arn:x' }), {
      ok: true,
      operation: 'GetComponent',
      labels: {},
    });
  });

  it('decodes a percent-encoded ARN label that contains slashes', () => {
    const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:image/my-image/1.0.0/1';
    const result = router.match('DELETE', `/tags/${encodeURIComponent(arn)}`, { tagKeys: ['a', 'b'] });
    assert.deepEqual(result, { ok: true, operation: 'UntagResource', labels: { resourceArn: arn } });
  });

  it('answers UnknownOperationException (404) for an unknown path or a wrong method', () => {
    for (const [method, path] of [
      ['GET', '/CreateComponent'],
      ['PUT', '/NoSuchOperation'],
      ['GET', '/tags'],
    ] as const) {
      const result = router.match(method, path, {});
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'UnknownOperationException');
      assert.equal(result.error.httpStatus, 404);
    }
  });

  it('requires query literals named in the template', () => {
    assert.equal(router.match('GET', '/Export', { format: 'yaml' }).ok, true);
    assert.equal(router.match('GET', '/Export', { format: 'json' }).ok, false);
    assert.equal(router.match('GET', '/Export', {}).ok, false);
  });
});

describe('parseJsonBody', () => {
  it('reads a JSON object, and an empty body as {}', () => {
    assert.deepEqual(parseJsonBody('{"name":"c","tags":{"a":"b"}}'), {
      ok: true,
      value: { name: 'c', tags: { a: 'b' } },
    });
    assert.deepEqual(parseJsonBody(new Uint8Array()), { ok: true, value: {} });
  });

  it('answers SerializationException (400) for invalid JSON, non-objects and invalid UTF-8', () => {
    for (const body of ['{"name":', '[1,2]', '"text"', 'null', new Uint8Array([0x7b, 0xff, 0x7d])]) {
      const result = parseJsonBody(body);
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'SerializationException');
      assert.equal(result.error.httpStatus, 400);
    }
  });
});

describe('REST-JSON responses', () => {
  it('puts the error code in x-amzn-ErrorType and the message in the body', () => {
    const response = encodeRestJsonError(
      protocolError('ResourceNotFoundException', 'The resource arn:x does not exist.', 404),
      'req-1',
    );
    assert.equal(response.status, 404);
    assert.equal(response.headers['x-amzn-errortype'], 'ResourceNotFoundException');
    assert.equal(response.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(response.body), { message: 'The resource arn:x does not exist.' });
  });

  it('encodes output as JSON with timestamps as epoch seconds', () => {
    const response = encodeRestJsonResponse(
      {
        requestId: 'req-1',
        image: { dateCreated: '2024-01-01T00:00:00.000Z', when: new Date('2024-01-01T00:00:01.500Z') },
      },
      'req-1',
    );
    assert.equal(response.status, 200);
    assert.deepEqual(JSON.parse(response.body), {
      requestId: 'req-1',
      image: { dateCreated: '2024-01-01T00:00:00.000Z', when: 1704067201.5 },
    });
  });
});
