// DistributeImage's sourceImage: "an AMI ID; a Systems Manager Parameter Store reference, prefixed by
// ssm:, followed by the parameter name or ARN; or an Image Builder image ARN" (version or build version).
// https://docs.aws.amazon.com/cli/latest/reference/imagebuilder/distribute-image.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourceImage } from './misc-distribute-source.js';

describe('parseSourceImage', () => {
  it('tells AMI IDs, ssm: references and image ARNs apart', () => {
    assert.deepEqual(parseSourceImage('ami-0abcdef1234567890'), {
      kind: 'ami',
      imageId: 'ami-0abcdef1234567890',
    });
    assert.deepEqual(parseSourceImage('ssm:/my/ami/parameter'), {
      kind: 'ssm',
      parameter: '/my/ami/parameter',
    });
    const build = 'arn:aws:imagebuilder:us-west-2:123456789012:image/my-image/1.0.0/1';
    assert.deepEqual(parseSourceImage(build), { kind: 'image', arn: build });
    const version = 'arn:aws:imagebuilder:us-west-2:123456789012:image/my-image/1.0.0';
    assert.deepEqual(parseSourceImage(version), { kind: 'image', arn: version });
  });

  it('refuses anything else with InvalidParameterValueException', () => {
    for (const text of [
      'ssm:',
      'my-image',
      'arn:aws:imagebuilder:us-west-2:123456789012:component/c/1.0.0/1',
    ]) {
      assert.throws(() => parseSourceImage(text), { code: 'InvalidParameterValueException' });
    }
  });
});
