// Image build states and Image Builder ARNs as the console reads them.
// https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageState.html
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-semantic-versioning.html
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  arnResourceName,
  isBuildVersionArn,
  isInProgress,
  newClientToken,
  stateTone,
} from '../src/pages/imagebuilder/image-states.js';

describe('image build states', () => {
  it('keeps refreshing while the build is pending, building, testing, distributing or integrating', () => {
    for (const status of ['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING']) {
      assert.equal(isInProgress(status), true, status);
    }
  });

  it('stops refreshing once the build settled', () => {
    for (const status of [
      'AVAILABLE',
      'FAILED',
      'CANCELLED',
      'DEPRECATED',
      'DISABLED',
      'DELETED',
      undefined,
    ]) {
      assert.equal(isInProgress(status), false, String(status));
    }
  });

  it('colours AVAILABLE as success, FAILED as failure, CANCELLED as muted', () => {
    assert.equal(stateTone('AVAILABLE'), 'ok');
    assert.equal(stateTone('FAILED'), 'bad');
    assert.equal(stateTone('CANCELLED'), 'muted');
    assert.equal(stateTone('BUILDING'), 'progress');
    assert.equal(stateTone('SOMETHING_NEW'), 'unknown');
  });
});

describe('Image Builder ARNs', () => {
  const account = 'arn:aws:imagebuilder:us-east-1:123456789012';

  it('tells a build version (x.y.z/n) from a version (x.y.z)', () => {
    assert.equal(isBuildVersionArn(`${account}:image/web-server/1.0.0/3`), true);
    assert.equal(isBuildVersionArn(`${account}:image/web-server/1.0.0`), false);
    assert.equal(isBuildVersionArn(`${account}:component/tools/2.1.0/1`), true);
    assert.equal(isBuildVersionArn('arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x'), false);
  });

  it('names a resource by what follows its type', () => {
    assert.equal(arnResourceName(`${account}:image-recipe/web-server/1.0.0`), 'web-server/1.0.0');
    assert.equal(arnResourceName(`${account}:infrastructure-configuration/bad-infra`), 'bad-infra');
  });
});

describe('client tokens', () => {
  it('are UUID-shaped and at most 36 characters, as ClientToken allows', () => {
    const token = newClientToken();
    assert.match(token, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notEqual(newClientToken(), token);
  });
});
