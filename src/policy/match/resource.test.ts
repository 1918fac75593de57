// Resource element matching: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ContextReader } from '../condition/types.js';
import { compileResourceMatcher, ResourceView } from './resource.js';

const noContext: ContextReader = { get: () => undefined };
const context = (values: Record<string, string>): ContextReader => ({ get: (key) => values[key] });

function matches(patterns: string[], resource: string, ctx = noContext, version = true): boolean {
  return compileResourceMatcher(patterns, version)(new ResourceView(resource), ctx);
}

describe('Resource matching', () => {
  it('matches * against anything, including non-ARN resources', () => {
    assert.equal(matches(['*'], 'arn:aws:s3:::bucket'), true);
    assert.equal(matches(['*'], '*'), true);
  });

  it('lets * in the resource part span slashes and colons', () => {
    assert.equal(matches(['arn:aws:s3:::bucket/*'], 'arn:aws:s3:::bucket/a/b/c.txt'), true);
    assert.equal(
      matches(
        ['arn:aws:logs:*:*:log-group:/aws/imagebuilder/*'],
        'arn:aws:logs:us-east-1:1:log-group:/aws/imagebuilder/x:log-stream:y',
      ),
      true,
    );
  });

  it('is case-sensitive', () => {
    assert.equal(
      matches(['arn:aws:iam::123456789012:user/Bob'], 'arn:aws:iam::123456789012:user/bob'),
      false,
    );
  });

  it('matches ? as exactly one character', () => {
    assert.equal(matches(['arn:aws:s3:::bucket/file?.txt'], 'arn:aws:s3:::bucket/file1.txt'), true);
    assert.equal(matches(['arn:aws:s3:::bucket/file?.txt'], 'arn:aws:s3:::bucket/file12.txt'), false);
  });

  it('matches wildcards within the region and account components only', () => {
    assert.equal(
      matches(['arn:aws:ec2:*:*:instance/*'], 'arn:aws:ec2:us-east-1:123456789012:instance/i-1'),
      true,
    );
    assert.equal(
      matches(['arn:aws:ec2:*:*:instance/*'], 'arn:aws:ec2:us-east-1:123456789012:volume/v-1'),
      false,
    );
    assert.equal(matches(['arn:aws:ec2:*::image/*'], 'arn:aws:ec2:us-east-1::image/ami-1'), true);
  });

  it('lets a trailing * of a short pattern expand beyond colon boundaries', () => {
    assert.equal(matches(['arn:aws:ec2:*'], 'arn:aws:ec2:us-east-1:123456789012:instance/i-1'), true);
    assert.equal(matches(['arn:aws:ec2:*'], 'arn:aws:s3:::bucket'), false);
  });

  it('does not match a specific ARN pattern against the * resource of resource-less actions', () => {
    assert.equal(matches(['arn:aws:ec2:*:*:instance/*'], '*'), false);
  });

  it('resolves policy variables in the resource part', () => {
    const ctx = context({ 'aws:username': 'alice' });
    assert.equal(matches(['arn:aws:s3:::home/${aws:username}/*'], 'arn:aws:s3:::home/alice/x', ctx), true);
    assert.equal(matches(['arn:aws:s3:::home/${aws:username}/*'], 'arn:aws:s3:::home/bob/x', ctx), false);
  });

  it('makes an entry whose variable has no value match nothing', () => {
    assert.equal(matches(['arn:aws:s3:::home/${aws:username}/*'], 'arn:aws:s3:::home//x'), false);
  });

  it('treats ${*} as a literal star, not a wildcard', () => {
    assert.equal(matches(['arn:aws:s3:::bucket/${*}'], 'arn:aws:s3:::bucket/*'), true);
    assert.equal(matches(['arn:aws:s3:::bucket/${*}'], 'arn:aws:s3:::bucket/anything'), false);
  });

  it('keeps ${...} literal when the policy version has no variables', () => {
    assert.equal(
      matches(['arn:aws:s3:::home/${aws:username}'], 'arn:aws:s3:::home/${aws:username}', noContext, false),
      true,
    );
  });
});
