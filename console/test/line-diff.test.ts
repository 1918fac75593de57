// The line diff of two policy versions: the common lines are a longest common subsequence, every other
// line is added or removed, and both texts can be read back from the diff.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  diffLines,
  diffStats,
  foldUnchanged,
  lineDiff,
  splitLines,
  type DiffLine,
} from '../src/ui/line-diff.js';

/** Length of a longest common subsequence, by the textbook dynamic programme (the reference). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      table[i]![j] =
        a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}

const oldSide = (diff: readonly DiffLine[]) => diff.filter((l) => l.kind !== 'added').map((l) => l.text);
const newSide = (diff: readonly DiffLine[]) => diff.filter((l) => l.kind !== 'removed').map((l) => l.text);

describe('lineDiff', () => {
  it('reports identical texts as unchanged', () => {
    const diff = lineDiff('a\nb\nc\n', 'a\nb\nc');
    assert.deepEqual(diffStats(diff), { added: 0, removed: 0 });
    assert.deepEqual(
      diff.map((l) => [l.oldLine, l.newLine]),
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    );
  });

  it('shows an inserted line as added, with both line numbers of the lines around it', () => {
    const diff = lineDiff('x\ny', 'x\nn\ny');
    assert.deepEqual(diff, [
      { kind: 'same', text: 'x', oldLine: 1, newLine: 1 },
      { kind: 'added', text: 'n', newLine: 2 },
      { kind: 'same', text: 'y', oldLine: 2, newLine: 3 },
    ]);
  });

  it('finds the shortest edit of Myers’ example (ABCABBA -> CBABAC: 4 common lines, 5 edits)', () => {
    const a = [...'ABCABBA'];
    const b = [...'CBABAC'];
    const diff = diffLines(a, b);
    assert.equal(diff.filter((l) => l.kind === 'same').length, 4);
    const stats = diffStats(diff);
    assert.equal(stats.added + stats.removed, 5);
    assert.deepEqual(oldSide(diff), a);
    assert.deepEqual(newSide(diff), b);
  });

  it('shows an action added to a policy as one added line', () => {
    const before = JSON.stringify({ Statement: [{ Action: ['s3:GetObject'] }] }, null, 2);
    const after = JSON.stringify({ Statement: [{ Action: ['s3:GetObject', 's3:PutObject'] }] }, null, 2);
    const diff = lineDiff(before, after);
    assert.deepEqual(
      diff.filter((l) => l.kind !== 'same').map((l) => [l.kind, l.text.trim()]),
      [
        ['removed', '"s3:GetObject"'],
        ['added', '"s3:GetObject",'],
        ['added', '"s3:PutObject"'],
      ],
    );
  });

  it('keeps a longest common subsequence and both texts on random inputs', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    for (let round = 0; round < 300; round++) {
      const make = () =>
        Array.from({ length: Math.floor(random() * 12) }, () => 'abcd'[Math.floor(random() * 4)]!);
      const a = make();
      const b = make();
      const diff = diffLines(a, b);
      assert.deepEqual(oldSide(diff), a);
      assert.deepEqual(newSide(diff), b);
      assert.equal(
        diff.filter((l) => l.kind === 'same').length,
        lcsLength(a, b),
        `${a.join('')} / ${b.join('')}`,
      );
      const oldNumbers = diff.flatMap((l) => (l.oldLine === undefined ? [] : [l.oldLine]));
      assert.deepEqual(
        oldNumbers,
        a.map((_, i) => i + 1),
      );
    }
  });

  it('handles empty texts', () => {
    assert.deepEqual(lineDiff('', ''), []);
    assert.deepEqual(lineDiff('', 'a'), [{ kind: 'added', text: 'a', newLine: 1 }]);
    assert.deepEqual(lineDiff('a', ''), [{ kind: 'removed', text: 'a', oldLine: 1 }]);
  });
});

describe('splitLines', () => {
  it('splits on LF and CRLF without an extra line for a final newline', () => {
    assert.deepEqual(splitLines('a\r\nb\n'), ['a', 'b']);
    assert.deepEqual(splitLines('a\n\nb'), ['a', '', 'b']);
  });
});

describe('foldUnchanged', () => {
  it('keeps three lines of context around a change and folds the rest', () => {
    const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const changed = [...old.slice(0, 10), 'NEW', ...old.slice(10)];
    const chunks = foldUnchanged(diffLines(old, changed));
    assert.equal(chunks.length, 3);
    assert.deepEqual(chunks[0], { kind: 'skipped', count: 7 });
    assert.equal(chunks[1]!.kind, 'lines');
    if (chunks[1]!.kind === 'lines') {
      assert.deepEqual(
        chunks[1]!.lines.map((l) => l.text),
        ['line 8', 'line 9', 'line 10', 'NEW', 'line 11', 'line 12', 'line 13'],
      );
    }
    assert.deepEqual(chunks[2], { kind: 'skipped', count: 7 });
  });

  it('folds everything when nothing changed', () => {
    assert.deepEqual(foldUnchanged(lineDiff('a\nb', 'a\nb')), [{ kind: 'skipped', count: 2 }]);
  });
});
