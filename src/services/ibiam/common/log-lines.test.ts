// Reading a growing JSON-lines log: the last N accepted lines (backwards, across chunk boundaries), the
// lines after a cursor (forwards), cursors always at line boundaries, and a line still being written
// never read.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLastLines, readLinesAfter } from './log-lines.js';

/** About 120 bytes per line, so 2,000 lines span several 64 KiB chunks. */
const line = (n: number) => JSON.stringify({ n, text: `entry ${n} ${'é'.repeat(40)}` }) + '\n';
const parse = (text: string) => (JSON.parse(text) as { n: number }).n;
const even = (text: string) => {
  const n = parse(text);
  return n % 2 === 0 ? n : undefined;
};

describe('log lines', () => {
  let dir: string;
  let path: string;
  let full = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ibiam-log-'));
    path = join(dir, 'decisions.jsonl');
    for (let n = 0; n < 2000; n++) full += line(n);
    writeFileSync(path, full + '{"n": 2000, "tex'); // the last line is still being written
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

  it('reads the last accepted lines, oldest first, and a cursor at the end of the last complete line', async () => {
    const page = await readLastLines(path, parse, 5);
    assert.deepEqual(page.items, [1995, 1996, 1997, 1998, 1999]);
    assert.equal(page.cursor, bytes(full));
    const filtered = await readLastLines(path, even, 3);
    assert.deepEqual(filtered.items, [1994, 1996, 1998]);
  });

  it('reads back to the first line when fewer lines match than the limit', async () => {
    const page = await readLastLines(
      path,
      (t) => (parse(t) < 3 || parse(t) === 1000 ? parse(t) : undefined),
      10,
    );
    assert.deepEqual(page.items, [0, 1, 2, 1000]);
    const all = await readLastLines(path, parse, 5000);
    assert.equal(all.items.length, 2000);
    assert.deepEqual(all.items.slice(0, 3).concat(all.items.slice(-1)), [0, 1, 2, 1999]);
  });

  it('reads the lines after a cursor, at most the limit, with the cursor after the last one read', async () => {
    const after1000 = bytes(full.split('\n').slice(0, 1000).join('\n') + '\n');
    const page = await readLinesAfter(path, after1000, parse, 3);
    assert.deepEqual(page?.items, [1000, 1001, 1002]);
    assert.equal(page?.cursor, after1000 + bytes(line(1000) + line(1001) + line(1002)));
    const rest = await readLinesAfter(path, page!.cursor, parse, 5000);
    assert.equal(rest?.items.length, 997);
    assert.equal(rest?.cursor, bytes(full));
  });

  it('sees lines appended after the cursor, once complete', async () => {
    const end = bytes(full);
    assert.deepEqual((await readLinesAfter(path, end, parse, 10))?.items, []);
    appendFileSync(path, 't": "x"}\n' + line(2001));
    const page = await readLinesAfter(path, end, parse, 10);
    assert.deepEqual(page?.items, [2000, 2001]);
    const tail = await readLastLines(path, parse, 2);
    assert.deepEqual(tail.items, [2000, 2001]);
    assert.equal(tail.cursor, page?.cursor);
  });

  it('refuses a cursor inside a line or past the end', async () => {
    assert.equal(await readLinesAfter(path, 5, parse, 10), undefined);
    assert.equal(await readLinesAfter(path, 10 ** 9, parse, 10), undefined);
    assert.deepEqual(await readLinesAfter(path, 0, parse, 1), { items: [0], cursor: bytes(line(0)) });
  });

  it('reads a missing log as empty', async () => {
    const missing = join(dir, 'none.jsonl');
    assert.deepEqual(await readLastLines(missing, parse, 10), { items: [], cursor: 0 });
    assert.deepEqual(await readLinesAfter(missing, 0, parse, 10), { items: [], cursor: 0 });
    assert.equal(await readLinesAfter(missing, 10, parse, 10), undefined);
  });
});
