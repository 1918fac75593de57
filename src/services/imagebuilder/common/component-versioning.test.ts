// Names and versions of versioned Image Builder resources: the ARN form of names, the version
// references answers carry, and the version syntax. Expectations from
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/ibhow-semantic-versioning.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { arnName, latestVersionReferences, readSemanticVersion } from './component-versioning.js';
import { JsonReader } from './input.js';

describe('versioning', () => {
  it('writes names into ARNs in lower case with dashes for spaces', () => {
    assert.equal(arnName('My Web Server_2'), 'my-web-server_2');
  });

  it('derives the wildcard version references from a build version ARN', () => {
    const arn = 'arn:aws:imagebuilder:us-east-1:123456789012:component/tool/2.3.4/7';
    const base = 'arn:aws:imagebuilder:us-east-1:123456789012:component/tool';
    assert.deepEqual(latestVersionReferences(arn), {
      latestVersionArn: `${base}/x.x.x`,
      latestMajorVersionArn: `${base}/2.x.x`,
      latestMinorVersionArn: `${base}/2.3.x`,
      latestPatchVersionArn: `${base}/2.3.4`,
    });
  });

  it('accepts major.minor.patch with nodes up to 2^30-1 and nothing else', () => {
    const read = (semanticVersion: string) => readSemanticVersion(new JsonReader({ semanticVersion }));
    assert.equal(read('2021.01.01'), '2021.01.01');
    assert.equal(read('1073741823.0.0'), '1073741823.0.0');
    for (const bad of ['1.0', '1.0.0.0', '1.x.0', 'v1.0.0', '1073741824.0.0'])
      assert.throws(() => read(bad), { code: 'InvalidVersionNumberException' });
  });
});
