/**
 * A line diff of two texts: the lines both keep (a longest common subsequence of their lines), the lines
 * only the old text has (removed) and the lines only the new one has (added), in reading order. Used to
 * compare two versions of a managed policy, as the IAM console's "Compare versions" does.
 *
 * The longest common subsequence is found with Myers' O((N+M)·D) algorithm (E. Myers, "An O(ND) Difference
 * Algorithm and Its Variations", 1986) after stripping the common prefix and suffix, so two long documents
 * that differ in a few lines (AWS managed policies) are compared quickly. Pure: no DOM, no framework.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffLine {
  readonly kind: DiffKind;
  readonly text: string;
  /** 1-based line number in the old text (same and removed lines). */
  readonly oldLine?: number;
  /** 1-based line number in the new text (same and added lines). */
  readonly newLine?: number;
}

/** Splits a text into lines (`\n` or `\r\n`); a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The diff of `oldText` and `newText`, line by line. */
export function lineDiff(oldText: string, newText: string): DiffLine[] {
  return diffLines(splitLines(oldText), splitLines(newText));
}

/** The diff of two arrays of lines. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: i + 1 });
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  for (const step of middle) {
    const oldLine = step.oldIndex === undefined ? undefined : step.oldIndex + start + 1;
    const newLine = step.newIndex === undefined ? undefined : step.newIndex + start + 1;
    out.push({
      kind: step.kind,
      text: step.text,
      ...(oldLine !== undefined ? { oldLine } : {}),
      ...(newLine !== undefined ? { newLine } : {}),
    });
  }
  for (let i = endA, j = endB; i < a.length; i++, j++) {
    out.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: j + 1 });
  }
  return removedFirst(out);
}

/** In each run of changed lines, the removed lines before the added ones (as unified diffs show them). */
function removedFirst(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  let run: DiffLine[] = [];
  const flush = () => {
    out.push(...run.filter((l) => l.kind === 'removed'), ...run.filter((l) => l.kind === 'added'));
    run = [];
  };
  for (const line of lines) {
    if (line.kind === 'same') {
      flush();
      out.push(line);
    } else run.push(line);
  }
  flush();
  return out;
}

interface Step {
  readonly kind: DiffKind;
  readonly text: string;
  readonly oldIndex?: number;
  readonly newIndex?: number;
}

/**
 * Myers' greedy shortest edit script. `v[k]` is the furthest x reached on diagonal k (= x - y); the
 * frontier of every round is kept to walk the path back from (N, M) to (0, 0).
 */
function myers(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2)); // diagonals -d-1 .. d+1 only: O(D²) memory
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers, emitting steps in reverse.
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const frontier = trace[d]!;
    const at = (diagonal: number) => frontier[diagonal + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push({ kind: 'same', text: a[x]!, oldIndex: x, newIndex: y });
    }
    if (d > 0) {
      if (down) {
        y--;
        steps.push({ kind: 'added', text: b[y]!, newIndex: y });
      } else {
        x--;
        steps.push({ kind: 'removed', text: a[x]!, oldIndex: x });
      }
    }
  }
  return steps.reverse();
}

/** A run of diff lines to show, or a count of unchanged lines left out between runs. */
export type DiffChunk =
  | { readonly kind: 'lines'; readonly lines: readonly DiffLine[] }
  | { readonly kind: 'skipped'; readonly count: number };

/**
 * Keeps `context` unchanged lines around every change and folds the longer unchanged stretches into
 * `skipped` chunks, like a unified diff's hunks.
 */
export function foldUnchanged(lines: readonly DiffLine[], context = 3): DiffChunk[] {
  const keep = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let i = Math.max(0, index - context); i <= Math.min(lines.length - 1, index + context); i++) {
      keep[i] = true;
    }
  });
  const chunks: DiffChunk[] = [];
  let run: DiffLine[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (keep[index]) {
      if (skipped > 0) chunks.push({ kind: 'skipped', count: skipped });
      skipped = 0;
      run.push(line);
    } else {
      if (run.length > 0) chunks.push({ kind: 'lines', lines: run });
      run = [];
      skipped++;
    }
  });
  if (run.length > 0) chunks.push({ kind: 'lines', lines: run });
  if (skipped > 0) chunks.push({ kind: 'skipped', count: skipped });
  return chunks;
}

/** How many lines were added and removed. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === 'added') added++;
    else if (line.kind === 'removed') removed++;
  }
  return { added, removed };
}
