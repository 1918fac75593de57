/**
 * Named actions that their statement's Resource element can never reach (our own codes).
 * "If there is no value for this column, you must specify all resources ("*")":
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#actions_table
 * Image Builder actions and resource types: shared/reference/imagebuilder-authorization-reference.md
 * (ListImages is wildcard-only; GetImage acts on image).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const IMAGE = 'arn:aws:imagebuilder:us-east-1:111122223333:image/web-server/1.0.0/1';
const COMPONENT = 'arn:aws:imagebuilder:us-east-1:111122223333:component/hardening/1.0.0/1';

describe('ACTION_REQUIRES_WILDCARD_RESOURCE', () => {
  it('reports an action without resource types in a statement with specific resources', () => {
    const text = allowPolicy({
      Action: ['imagebuilder:GetImage', 'imagebuilder:ListImages'],
      Resource: IMAGE,
    });
    const [finding, ...rest] = withCode(text, 'ACTION_REQUIRES_WILDCARD_RESOURCE');
    assert.equal(rest.length, 0);
    assert.equal(finding?.findingType, 'WARNING');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Action', 1]);
    assert.match(
      finding?.message ?? '',
      /imagebuilder:ListImages does not support resource-level permissions/,
    );
    assert.match(finding?.learnMoreLink ?? '', /service-authorization/);
  });

  it('accepts such an action with Resource "*"', () => {
    const text = allowPolicy({ Action: 'imagebuilder:ListImages', Resource: ['*'] });
    assert.deepEqual(withCode(text, 'ACTION_REQUIRES_WILDCARD_RESOURCE'), []);
  });
});

describe('RESOURCE_TYPE_MISMATCH_FOR_ACTION', () => {
  it('reports an action none of whose resource types the resources can be', () => {
    const text = allowPolicy({ Action: 'imagebuilder:GetImage', Resource: COMPONENT });
    const [finding] = withCode(text, 'RESOURCE_TYPE_MISMATCH_FOR_ACTION');
    assert.equal(finding?.findingType, 'WARNING');
    assert.match(finding?.message ?? '', /imagebuilder:GetImage \(image\)/);
  });

  it('reports s3:ListBucket on objects', () => {
    const text = allowPolicy({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' });
    assert.equal(withCode(text, 'RESOURCE_TYPE_MISMATCH_FOR_ACTION').length, 1);
  });

  it('accepts resources of the right type, patterns that can be, and wildcard actions', () => {
    const texts = [
      allowPolicy({ Action: 'imagebuilder:GetImage', Resource: [COMPONENT, IMAGE] }),
      allowPolicy({ Action: 'imagebuilder:GetImage', Resource: 'arn:aws:imagebuilder:*:*:image/*' }),
      allowPolicy({ Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' }),
      allowPolicy({ Action: 'imagebuilder:Get*', Resource: COMPONENT }),
    ];
    for (const text of texts) assert.deepEqual(withCode(text, 'RESOURCE_TYPE_MISMATCH_FOR_ACTION'), [], text);
  });
});
