// Role chaining rules from the AssumeRole API reference (DurationSeconds) and the IAM User Guide
// (source identity persists and cannot change).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RoleRecord, SessionRecord } from '../../../store/records.js';
import { chainedSourceIdentity, roleSessionDuration } from './role-chain.js';

const role = (maxSessionDuration: number) => ({ maxSessionDuration }) as RoleRecord;
const session = (sourceIdentity?: string) =>
  ({ kind: 'assumed-role', ...(sourceIdentity ? { sourceIdentity } : {}) }) as SessionRecord;

describe('session duration', () => {
  it('defaults to one hour', () => {
    assert.equal(roleSessionDuration(undefined, role(3600), false), 3600);
  });

  it("is limited by the role's MaxSessionDuration", () => {
    assert.equal(roleSessionDuration(43200, role(43200), false), 43200);
    assert.throws(() => roleSessionDuration(7200, role(3600), false), {
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
  });

  it('is limited to one hour when chained, whatever the role allows', () => {
    assert.equal(roleSessionDuration(3600, role(43200), true), 3600);
    assert.throws(() => roleSessionDuration(3601, role(43200), true), {
      code: 'ValidationError',
      message:
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
  });
});

describe('source identity', () => {
  it('is inherited from the calling role session', () => {
    assert.equal(chainedSourceIdentity(session('alice'), undefined), 'alice');
    assert.equal(chainedSourceIdentity(session('alice'), 'alice'), 'alice');
    assert.equal(chainedSourceIdentity(undefined, 'bob'), 'bob');
  });

  it('cannot be changed once set', () => {
    assert.throws(() => chainedSourceIdentity(session('alice'), 'bob'), { code: 'InvalidParameterValue' });
  });
});
