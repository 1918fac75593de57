// IAM list pagination: IsTruncated + Marker, followed until the list is complete.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, page } from '../src/ui/iam-pages.js';

describe('allPages', () => {
  it('follows the markers until a page is not truncated', async () => {
    const pages: Record<string, { items: string[]; truncated: boolean; marker?: string }> = {
      '': { items: ['a', 'b'], truncated: true, marker: 'm1' },
      m1: { items: ['c'], truncated: true, marker: 'm2' },
      m2: { items: ['d'], truncated: false },
    };
    const asked: (string | undefined)[] = [];
    const items = await allPages(async (marker) => {
      asked.push(marker);
      const p = pages[marker ?? '']!;
      return page(p.items, p.truncated, p.marker);
    });
    assert.deepEqual(items, ['a', 'b', 'c', 'd']);
    assert.deepEqual(asked, [undefined, 'm1', 'm2']);
  });

  it('ignores a marker when the answer is not truncated', () => {
    assert.deepEqual(page(['x'], false, 'stale'), { items: ['x'] });
    assert.deepEqual(page(undefined, undefined, undefined), { items: [] });
  });

  it('stops on a server that repeats its marker', async () => {
    let calls = 0;
    const items = await allPages(async () => {
      calls++;
      return page(['x'], true, 'same');
    });
    assert.equal(calls, 2);
    assert.deepEqual(items, ['x', 'x']);
  });
});
