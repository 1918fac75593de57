// Which images a lifecycle policy's rules impact, per the user guide's rules page and the API reference:
// count filters keep the newest N, age filters impact images older than the threshold (DELETE keeps
// retainAtLeast), exclusion tags spare images, the strongest action wins, selection by recipe or tag.
// https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
// https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicyDetailFilter.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiObject } from './image-api-values.js';
import type { LifecyclePolicySettings } from './lifecycle-policy-input.js';
import { durationMs, lifecycleDecisions, type LifecycleCandidate } from './lifecycle-selection.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

function image(
  build: number,
  days: number,
  options: { status?: string; tags?: Record<string, string>; name?: string; type?: string } = {},
): LifecycleCandidate {
  const name = options.name ?? 'web';
  const arn = `arn:aws:imagebuilder:us-east-1:123456789012:image/${name}/1.2.0/${build}`;
  return {
    arn,
    tags: options.tags ?? {},
    image: {
      arn,
      type: options.type ?? 'AMI',
      name,
      version: `1.2.0/${build}`,
      state: { status: options.status ?? 'AVAILABLE' },
      imageRecipe: { name, version: '1.2.0' },
      dateCreated: daysAgo(days),
    },
  };
}

function policy(
  details: ApiObject[],
  selection: ApiObject = { recipes: [{ name: 'web', semanticVersion: '1.x.x' }] },
): LifecyclePolicySettings {
  return {
    status: 'ENABLED',
    executionRole: 'r',
    resourceType: 'AMI_IMAGE',
    policyDetails: details,
    resourceSelection: selection,
  };
}

const rule = (type: string, filter: ApiObject, exclusionRules?: ApiObject): ApiObject => ({
  action: { type },
  filter,
  ...(exclusionRules ? { exclusionRules } : {}),
});

const impacted = (settings: LifecyclePolicySettings, candidates: LifecycleCandidate[]) =>
  lifecycleDecisions(settings, candidates, NOW).map((d) => [d.candidate.image['version'], d.action]);

describe('lifecycle selection', () => {
  const four = [image(1, 40), image(2, 30), image(3, 20), image(4, 1)];

  it('keeps the newest images of a count filter and impacts the rest', () => {
    assert.deepEqual(impacted(policy([rule('DELETE', { type: 'COUNT', value: 2 })]), four), [
      ['1.2.0/1', 'DELETE'],
      ['1.2.0/2', 'DELETE'],
    ]);
  });

  it('impacts images older than an age filter, keeping retainAtLeast for DELETE', () => {
    assert.deepEqual(impacted(policy([rule('DEPRECATE', { type: 'AGE', value: 3, unit: 'WEEKS' })]), four), [
      ['1.2.0/1', 'DEPRECATE'],
      ['1.2.0/2', 'DEPRECATE'],
    ]);
    const retain = policy([rule('DELETE', { type: 'AGE', value: 10, unit: 'DAYS', retainAtLeast: 3 })]);
    assert.deepEqual(impacted(retain, four), [['1.2.0/1', 'DELETE']]);
    assert.equal(durationMs(1, 'YEARS'), 365 * 86_400_000);
  });

  it('spares images with an excluded tag', () => {
    const tagged = [image(1, 40, { tags: { keep: 'true' } }), image(2, 30), image(3, 20)];
    const settings = policy([rule('DELETE', { type: 'COUNT', value: 1 }, { tagMap: { keep: 'true' } })]);
    assert.deepEqual(impacted(settings, tagged), [['1.2.0/2', 'DELETE']]);
  });

  it('gives an image impacted by several rules the strongest action', () => {
    const settings = policy([
      rule('DEPRECATE', { type: 'COUNT', value: 1 }),
      rule('DELETE', { type: 'AGE', value: 35, unit: 'DAYS' }),
    ]);
    assert.deepEqual(impacted(settings, four), [
      ['1.2.0/1', 'DELETE'],
      ['1.2.0/2', 'DEPRECATE'],
      ['1.2.0/3', 'DEPRECATE'],
    ]);
  });

  it('does not deprecate an image again, nor touch images still building or of another type', () => {
    const mixed = [
      image(1, 40, { status: 'DEPRECATED' }),
      image(2, 30, { status: 'BUILDING' }),
      image(3, 20, { type: 'DOCKER' }),
      image(4, 10),
      image(5, 1),
    ];
    assert.deepEqual(impacted(policy([rule('DEPRECATE', { type: 'COUNT', value: 1 })]), mixed), [
      ['1.2.0/4', 'DEPRECATE'],
    ]);
  });

  it('selects by recipe name and version, or by tag', () => {
    const others = [
      image(1, 40, { name: 'db' }),
      image(2, 30, { name: 'db', tags: { tier: 'data' } }),
      image(3, 1, { name: 'db' }),
    ];
    assert.deepEqual(
      impacted(
        policy([rule('DELETE', { type: 'COUNT', value: 1 })], {
          recipes: [{ name: 'web', semanticVersion: '2.x.x' }],
        }),
        [...four, ...others],
      ),
      [],
    );
    assert.deepEqual(
      impacted(
        policy([rule('DELETE', { type: 'AGE', value: 1, unit: 'DAYS' })], { tagMap: { tier: 'data' } }),
        [...four, ...others],
      ),
      [['1.2.0/2', 'DELETE']],
    );
  });
});
