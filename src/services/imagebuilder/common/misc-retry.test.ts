// Which failures RetryImage resumes: "The RetryImage API can retry distributions that failed during the
// distribution phase, test phase, or integration phase" (the failed phase is the one the state reason
// of a simulated build starts with).
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/distribution-enhanced_functionality.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { failedPhase, isRetryable } from './misc-retry.js';

describe('failedPhase / isRetryable', () => {
  it('reads the phase a failure reason starts with, with or without a step', () => {
    assert.equal(failedPhase('DISTRIBUTING (Distribution): the role ...'), 'DISTRIBUTING');
    assert.equal(failedPhase('TESTING (RunTestSuite): the instance profile role ...'), 'TESTING');
    assert.equal(failedPhase('PENDING: the service principal ...'), 'PENDING');
    assert.equal(failedPhase('The build request of this image is missing.'), undefined);
    assert.equal(failedPhase(undefined), undefined);
  });

  it('retries test, distribution and integration failures only', () => {
    assert.deepEqual(
      ['PENDING', 'CREATING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'INTEGRATING', undefined].map(
        isRetryable,
      ),
      [false, false, false, true, true, true, false],
    );
  });
});
