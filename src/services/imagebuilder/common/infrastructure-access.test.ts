// The Image Builder condition keys an infrastructure configuration request carries: each present only
// when the request specifies its member (SAR: "specified in the request").
// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2imagebuilder.html#amazonec2imagebuilder-policy-keys
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { infrastructureConditionKeys } from './infrastructure-access.js';
import { readInfrastructureSettings } from './infrastructure-input.js';
import type { InputParams } from '../../common/operation.js';
import { JsonReader } from './input.js';

const settings = (params: InputParams) =>
  readInfrastructureSettings(new JsonReader({ instanceProfileName: 'p', ...params }));

describe('infrastructureConditionKeys', () => {
  it('has no keys for a request without the members', () => {
    assert.deepEqual(infrastructureConditionKeys(settings({})), {});
  });

  it('maps resourceTags, httpTokens and snsTopicArn to their keys', () => {
    const topic = 'arn:aws:sns:us-east-1:123456789012:builds';
    const keys = infrastructureConditionKeys(
      settings({
        resourceTags: { team: 'web', env: 'prod' },
        instanceMetadataOptions: { httpTokens: 'required' },
        snsTopicArn: topic,
      }),
    );
    assert.deepEqual(keys, {
      'imagebuilder:CreatedResourceTagKeys': ['team', 'env'],
      'imagebuilder:CreatedResourceTag/team': 'web',
      'imagebuilder:CreatedResourceTag/env': 'prod',
      'imagebuilder:Ec2MetadataHttpTokens': 'required',
      'imagebuilder:StatusTopicArn': topic,
    });
  });

  it('rejects httpTokens other than optional and required', () => {
    assert.throws(() => settings({ instanceMetadataOptions: { httpTokens: 'always' } }), {
      code: 'InvalidParameterValueException',
    });
  });
});
