// When an ENABLED lifecycle policy runs: at once after it is created or updated, then once per interval;
// a DISABLED policy never ("to create a policy that's initially deactivated, you can turn Activate off",
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/create-lifecycle-policies.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { policyDue } from './lifecycle-runner.js';

const DAY = 86_400_000;
const now = new Date('2025-06-01T12:00:00Z');
const seconds = (ms: number) => ms / 1000;

describe('lifecycle policy schedule', () => {
  it('runs a new enabled policy at once, never a disabled one', () => {
    assert.equal(policyDue({ status: 'ENABLED', dateCreated: seconds(now.getTime()) }, now, DAY), true);
    assert.equal(policyDue({ status: 'DISABLED', dateCreated: seconds(now.getTime()) }, now, DAY), false);
  });

  it('runs again after an update or once the interval has passed', () => {
    const ran = seconds(now.getTime() - 1000);
    assert.equal(policyDue({ status: 'ENABLED', dateCreated: ran - 10, dateLastRun: ran }, now, DAY), false);
    assert.equal(
      policyDue(
        { status: 'ENABLED', dateCreated: ran - 10, dateUpdated: ran + 0.5, dateLastRun: ran },
        now,
        DAY,
      ),
      true,
    );
    assert.equal(
      policyDue({ status: 'ENABLED', dateCreated: 0, dateLastRun: seconds(now.getTime() - DAY) }, now, DAY),
      true,
    );
  });
});
