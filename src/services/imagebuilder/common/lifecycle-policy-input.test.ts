// Reading a lifecycle policy's settings with the API model's constraints
// (https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateLifecyclePolicy.html and the
// LifecyclePolicyDetail* types): defaults, required members, ranges, and the rules container images lack.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceError } from '../../common/service-error.js';
import type { InputParams } from '../../common/operation.js';
import { JsonReader } from './input.js';
import { readLifecyclePolicySettings } from './lifecycle-policy-input.js';

const base = {
  executionRole: 'LifecycleRole',
  resourceType: 'AMI_IMAGE',
  policyDetails: [
    { action: { type: 'DELETE', includeResources: { amis: true } }, filter: { type: 'COUNT', value: 5 } },
  ],
  resourceSelection: { recipes: [{ name: 'web-server', semanticVersion: '1.x.x' }] },
};
const read = (params: object) => readLifecyclePolicySettings(new JsonReader(params as InputParams));
const fails = (params: object, code: string, message: RegExp) =>
  assert.throws(
    () => read(params),
    (e: unknown) => e instanceof ServiceError && e.code === code && message.test(e.message),
  );

describe('lifecycle policy settings', () => {
  it('reads a policy, ENABLED by default, keeping the API shape', () => {
    const settings = read(base);
    assert.equal(settings.status, 'ENABLED');
    assert.deepEqual(settings.policyDetails, base.policyDetails);
    assert.deepEqual(settings.resourceSelection, base.resourceSelection);
  });

  it('requires the execution role, resource type, rules and selection', () => {
    fails({ ...base, executionRole: undefined }, 'InvalidRequestException', /'executionRole' is required/);
    fails({ ...base, resourceType: undefined }, 'InvalidRequestException', /'resourceType' is required/);
    fails({ ...base, policyDetails: undefined }, 'InvalidRequestException', /'policyDetails' is required/);
    fails({ ...base, resourceSelection: {} }, 'InvalidParameterValueException', /recipes or tags/);
  });

  it('checks ranges and enumerations', () => {
    fails(
      { ...base, policyDetails: [{ action: { type: 'DELETE' }, filter: { type: 'COUNT', value: 1001 } }] },
      'InvalidParameterValueException',
      /policyDetails\[0\]\.filter\.value/,
    );
    fails(
      { ...base, policyDetails: [{ action: { type: 'ARCHIVE' }, filter: { type: 'COUNT', value: 1 } }] },
      'InvalidParameterValueException',
      /policyDetails\[0\]\.action\.type/,
    );
    fails(
      { ...base, policyDetails: [{ action: { type: 'DELETE' }, filter: { type: 'AGE', value: 1 } }] },
      'InvalidParameterValueException',
      /filter\.unit/,
    );
    fails(
      {
        ...base,
        policyDetails: [
          base.policyDetails[0],
          base.policyDetails[0],
          base.policyDetails[0],
          base.policyDetails[0],
        ],
      },
      'InvalidParameterValueException',
      /'policyDetails'/,
    );
  });

  it('offers only the delete rule for container images', () => {
    fails(
      {
        ...base,
        resourceType: 'CONTAINER_IMAGE',
        policyDetails: [{ action: { type: 'DEPRECATE' }, filter: { type: 'COUNT', value: 1 } }],
      },
      'InvalidParameterValueException',
      /CONTAINER_IMAGE/,
    );
  });
});
