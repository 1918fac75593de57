/**
 * Reading a JSON-lines log that another part of the process keeps appending to, without loading it: the
 * last N accepted lines by reading backwards from the end in chunks, or the accepted lines after a byte
 * offset by reading forwards. Only complete lines (ending with a newline) are read, so a line being
 * written is never half-read; the returned cursor is the byte offset just after the last line consumed,
 * always at a line boundary. Lines split on the newline byte, which never occurs inside a UTF-8 sequence.
 */
import { open, type FileHandle } from 'node:fs/promises';

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

/** Turns a line into an item, or undefined to skip it. */
export type LineFilter<T> = (line: string) => T | undefined;

export interface LinesPage<T> {
  /** Oldest first. */
  readonly items: T[];
  /** Byte offset just after the last line consumed (0 for an empty or missing log). */
  readonly cursor: number;
}

async function openLog(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readAt(handle: FileHandle, start: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, start);
  return buffer.subarray(0, bytesRead);
}

/** The last `limit` accepted lines; the cursor is the end of the last complete line in the file. */
export async function readLastLines<T>(
  path: string,
  accept: LineFilter<T>,
  limit: number,
): Promise<LinesPage<T>> {
  const handle = await openLog(path);
  if (!handle) return { items: [], cursor: 0 };
  try {
    const newestFirst: T[] = [];
    let pos = (await handle.stat()).size;
    let pending: Buffer = Buffer.alloc(0); // bytes from `pos` on, not yet split: they end with a newline once cursor is known
    let cursor: number | undefined;
    while (pos > 0 && newestFirst.length < limit) {
      const start = Math.max(0, pos - CHUNK);
      const chunk = await readAt(handle, start, pos - start);
      pos = start;
      let buf: Buffer = pending.length > 0 ? Buffer.concat([chunk, pending]) : chunk;
      if (cursor === undefined) {
        const last = buf.lastIndexOf(NEWLINE);
        if (last < 0) {
          pending = buf;
          continue;
        }
        cursor = start + last + 1; // whatever follows is a line still being written
        buf = buf.subarray(0, last + 1);
      }
      let end = buf.length - 1; // the newline ending the line being read
      while (newestFirst.length < limit) {
        const previous = end > 0 ? buf.lastIndexOf(NEWLINE, end - 1) : -1;
        if (previous < 0 && pos > 0) break; // the line starts in an earlier chunk
        const item = accept(buf.toString('utf8', previous + 1, end));
        if (item !== undefined) newestFirst.push(item);
        if (previous < 0) break;
        end = previous;
      }
      pending = buf.subarray(0, end + 1);
      if (pos === 0) break;
    }
    return { items: newestFirst.reverse(), cursor: cursor ?? 0 };
  } finally {
    await handle.close();
  }
}

/**
 * The accepted lines after byte offset `after` (at most `limit`), or undefined when `after` is not a line
 * boundary of the file (beyond its end, or inside a line).
 */
export async function readLinesAfter<T>(
  path: string,
  after: number,
  accept: LineFilter<T>,
  limit: number,
): Promise<LinesPage<T> | undefined> {
  const handle = await openLog(path);
  if (!handle) return after === 0 ? { items: [], cursor: 0 } : undefined;
  try {
    const size = (await handle.stat()).size;
    if (after > size) return undefined;
    if (after > 0 && (await readAt(handle, after - 1, 1))[0] !== NEWLINE) return undefined;
    const items: T[] = [];
    let cursor = after;
    let pos = after;
    let pending: Buffer = Buffer.alloc(0);
    while (pos < size && items.length < limit) {
      const chunk = await readAt(handle, pos, Math.min(CHUNK, size - pos));
      if (chunk.length === 0) break;
      const buf = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      const bufStart = pos - pending.length;
      pos += chunk.length;
      let lineStart = 0;
      while (items.length < limit) {
        const newline = buf.indexOf(NEWLINE, lineStart);
        if (newline < 0) break;
        const item = accept(buf.toString('utf8', lineStart, newline));
        if (item !== undefined) items.push(item);
        lineStart = newline + 1;
        cursor = bufStart + lineStart;
      }
      pending = buf.subarray(lineStart);
    }
    return { items, cursor };
  } finally {
    await handle.close();
  }
}
