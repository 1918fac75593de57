// Reading `distributions`: kept as given, one entry per Region, at least one output per Region.
// https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Distribution.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readDistributions } from './distribution-input.js';
import type { InputValue } from '../../common/operation.js';
import { JsonReader } from './input.js';

const read = (distributions: InputValue) => readDistributions(new JsonReader({ distributions }));

describe('readDistributions', () => {
  it('keeps entries exactly as given', () => {
    const entry = {
      region: 'us-west-2',
      amiDistributionConfiguration: {
        name: 'web-{{imagebuilder:buildDate}}',
        targetAccountIds: ['111122223333'],
      },
      licenseConfigurationArns: [
        `arn:aws:license-manager:us-west-2:111122223333:license-configuration:lic-${'a'.repeat(32)}`,
      ],
    };
    assert.deepEqual(read([entry]), [entry]);
  });

  it('requires the list, an output per Region and distinct Regions', () => {
    assert.throws(() => readDistributions(new JsonReader({})), { code: 'InvalidRequestException' });
    assert.throws(() => read([{ region: 'us-west-2' }]), {
      code: 'InvalidParameterValueException',
      message:
        "The value supplied for parameter 'distributions[0]' is not valid. One or more outputs should be provided for each region in a distribution configuration.",
    });
    const ami = { amiDistributionConfiguration: { name: 'x-{{imagebuilder:buildDate}}' } };
    assert.throws(
      () =>
        read([
          { region: 'us-west-2', ...ami },
          { region: 'us-west-2', ...ami },
        ]),
      {
        code: 'InvalidParameterValueException',
      },
    );
  });

  it('requires a target repository for container outputs', () => {
    assert.throws(() => read([{ region: 'us-west-2', containerDistributionConfiguration: {} }]), {
      code: 'InvalidRequestException',
    });
  });
});
