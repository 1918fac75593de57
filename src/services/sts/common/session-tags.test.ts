// Session tag rules from the IAM User Guide (id_session-tags.html) and AWS's recorded answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionRecord } from '../../../store/records.js';
import { chainTags, checkRequestedTags, inheritedTags, tagRequestContext } from './session-tags.js';

const parent = (tags: SessionRecord['tags'], transitiveTagKeys: string[]): SessionRecord => ({
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 's',
  sessionToken: 't',
  accountId: '123456789012',
  expiration: '2030-01-01T00:00:00.000Z',
  issuedAt: '2029-12-31T23:00:00.000Z',
  kind: 'assumed-role',
  arn: 'arn:aws:sts::123456789012:assumed-role/Role1/Session1',
  roleName: 'Role1',
  sessionName: 'Session1',
  tags,
  transitiveTagKeys,
  chained: false,
});

describe('requested session tags', () => {
  it('refuses keys that differ only in case', () => {
    assert.throws(
      () =>
        checkRequestedTags(
          [
            { Key: 'Project', Value: 'a' },
            { Key: 'project', Value: 'b' },
          ],
          [],
        ),
      {
        code: 'InvalidParameterValue',
        message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.',
      },
    );
  });

  it('requires every transitive key to be a requested tag', () => {
    assert.throws(() => checkRequestedTags([{ Key: 'Project', Value: 'a' }], ['Team']), {
      code: 'InvalidParameterValue',
      message: 'The specified transitive tag key must be included in the requested tags.',
    });
    assert.doesNotThrow(() => checkRequestedTags([{ Key: 'Project', Value: 'a' }], ['Project']));
  });
});

describe('role chaining', () => {
  it('passes on only the transitive tags, still transitive', () => {
    const inherited = inheritedTags(
      parent(
        [
          { Key: 'Star', Value: '1' },
          { Key: 'Moon', Value: '2' },
        ],
        ['Star'],
      ),
    );
    assert.deepEqual(inherited, { tags: [{ Key: 'Star', Value: '1' }], transitiveTagKeys: ['Star'] });
    const chained = chainTags(inherited, { tags: [{ Key: 'Sun', Value: '2' }], transitiveTagKeys: [] });
    assert.deepEqual(chained.tags, [
      { Key: 'Star', Value: '1' },
      { Key: 'Sun', Value: '2' },
    ]);
    assert.deepEqual(chained.transitiveTagKeys, ['Star']);
  });

  it('refuses a tag that would override an inherited transitive tag, in any case', () => {
    const inherited = inheritedTags(parent([{ Key: 'SessionTag1', Value: 'v1' }], ['SessionTag1']));
    for (const key of ['SessionTag1', 'sessiontag1']) {
      assert.throws(
        () => chainTags(inherited, { tags: [{ Key: key, Value: 'v2' }], transitiveTagKeys: [] }),
        {
          code: 'InvalidParameterValue',
          message:
            "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
        },
      );
    }
  });

  it('inherits nothing from sessions that are not role sessions', () => {
    const tokenSession = { ...parent([{ Key: 'A', Value: '1' }], ['A']), kind: 'session-token' as const };
    assert.deepEqual(inheritedTags(tokenSession).tags, []);
    assert.deepEqual(inheritedTags(undefined).tags, []);
  });
});

describe('request context', () => {
  it('exposes the requested tags and transitive keys as condition keys', () => {
    assert.deepEqual(
      tagRequestContext({ tags: [{ Key: 'Project', Value: 'Pegasus' }], transitiveTagKeys: ['Project'] }),
      {
        'aws:TagKeys': ['Project'],
        'aws:RequestTag/Project': 'Pegasus',
        'sts:TransitiveTagKeys': ['Project'],
      },
    );
    assert.deepEqual(tagRequestContext({ tags: [], transitiveTagKeys: [] }), {});
  });
});
