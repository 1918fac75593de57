// AMI exclusion rules of a lifecycle rule: public AMIs, Regions, shared accounts and tags spare an AMI
// (https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicyDetailExclusionRulesAmis.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Ec2ImageRecord } from '../common/build-ec2-images.js';
import { amiExclusion } from './lifecycle-amis.js';

const ami: Ec2ImageRecord = {
  imageId: 'ami-0123456789abcdef0',
  region: 'eu-west-1',
  accountId: '123456789012',
  name: 'web',
  sourceImageArn: 'arn:aws:imagebuilder:eu-west-1:123456789012:image/web/1.0.0/1',
  tags: { CreatedBy: 'EC2 Image Builder', stage: 'prod' },
  snapshotIds: ['snap-0123456789abcdef0'],
  sharedWith: ['111122223333'],
  public: true,
  state: 'available',
};

describe('AMI exclusions', () => {
  it('spares public AMIs, excluded Regions, shared accounts and tags', () => {
    assert.equal(amiExclusion(ami, { isPublic: true }), 'The AMI is public.');
    assert.equal(amiExclusion(ami, { regions: ['eu-west-1'] }), 'The AMI is in excluded Region eu-west-1.');
    assert.equal(
      amiExclusion(ami, { sharedAccounts: ['111122223333'] }),
      'The AMI is shared with an excluded account.',
    );
    assert.equal(amiExclusion(ami, { tagMap: { stage: 'prod' } }), 'The AMI has an excluded tag.');
  });

  it('acts on an AMI no rule excludes', () => {
    assert.equal(amiExclusion(ami, undefined), undefined);
    assert.equal(
      amiExclusion(
        { ...ami, public: false },
        { isPublic: true, regions: ['us-east-1'], tagMap: { stage: 'dev' } },
      ),
      undefined,
    );
  });
});
