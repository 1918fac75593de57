/**
 * Batch simulation over JSONL: one request per line in, one JSON decision per line out, in the same
 * order. Reads and writes in large chunks so that a million requests take seconds, not minutes.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { authorize } from '../policy/authorize/authorize.js';
import type { PolicySet } from '../policy/authorize/policy-set.js';
import { CliError, inputName } from './io.js';
import type { Output } from './output.js';
import { toBatchLine } from './simulate-request.js';
import { decisionJson } from './decision-json.js';

const CHUNK = 1 << 20;

function readError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
  return new CliError(`cannot read ${inputName(path)}: ${why}`);
}

/**
 * Calls `onLine` for every non-empty line of a file (or standard input for `-`). Each read is cut at its
 * last newline byte, which never occurs inside a multi-byte UTF-8 sequence, so only whole lines are
 * decoded; the bytes after it are kept for the next read.
 */
function forEachLine(path: string, onLine: (line: string, lineNumber: number) => void): void {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
  let buffer = Buffer.allocUnsafe(CHUNK);
  let kept = 0;
  let lineNumber = 0;
  const emit = (text: string): void => {
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      lineNumber++;
      const line = text.slice(start, newline);
      if (line.trim() !== '') onLine(line, lineNumber);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
  };
  try {
    for (;;) {
      // A line longer than the buffer: grow it.
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      let read: number;
      try {
        read = readSync(fd, buffer, kept, buffer.length - kept, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') continue;
        if (code === 'EOF') break;
        throw readError(path, error);
      }
      if (read === 0) break;
      const end = kept + read;
      const cut = buffer.lastIndexOf(10, end - 1) + 1;
      if (cut > 0) {
        emit(buffer.toString('utf8', 0, cut));
        buffer.copyWithin(0, cut, end);
      }
      kept = end - cut;
    }
    const last = buffer.toString('utf8', 0, kept);
    if (last.trim() !== '') onLine(last, lineNumber + 1);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export interface BatchSummary {
  readonly requests: number;
  readonly mismatches: number;
}

/** Collects output lines as UTF-8 bytes and hands them to the output in large blocks. */
class BlockWriter {
  private readonly buffer = Buffer.allocUnsafe(CHUNK + (CHUNK >> 2));
  private used = 0;
  private text = '';

  /**
   * Encodes text into the buffer at an offset. Buffer#utf8Write is Node's long-standing binding behind
   * Buffer#write without the argument checks, which cost more than the encoding for lines this short.
   */
  private readonly encode: (text: string, offset: number) => number;

  constructor(private readonly out: Output) {
    const raw = this.buffer as unknown as { utf8Write?: (text: string, offset: number) => number };
    const buffer = this.buffer;
    this.encode =
      typeof raw.utf8Write === 'function'
        ? raw.utf8Write.bind(buffer)
        : (text, offset) => buffer.write(text, offset, 'utf8');
  }

  line(text: string): void {
    if (this.out.writeBytes === undefined) {
      this.text += text + '\n';
      if (this.text.length > CHUNK) this.flush();
      return;
    }
    // A line longer than the room left (a long trace) goes out on its own.
    if (text.length * 3 + 1 > this.buffer.length - this.used) {
      this.flush();
      if (text.length * 3 + 1 > this.buffer.length) {
        this.out.writeBytes(Buffer.from(text + '\n', 'utf8'));
        return;
      }
    }
    this.used += this.encode(text, this.used);
    this.buffer[this.used++] = 10;
    if (this.used > CHUNK) this.flush();
  }

  flush(): void {
    if (this.used > 0) {
      // A copy: the output may keep the bytes (an asynchronous pipe) while the buffer is reused.
      this.out.writeBytes?.(Buffer.from(this.buffer.subarray(0, this.used)));
      this.used = 0;
    }
    if (this.text !== '') {
      this.out.write(this.text);
      this.text = '';
    }
  }
}

export function simulateBatch(path: string, set: PolicySet, explain: boolean, out: Output): BatchSummary {
  let requests = 0;
  let mismatches = 0;
  let current = 0;
  const name = inputName(path);
  const where = (): string => `${name}:${current}`;
  const writer = new BlockWriter(out);
  const options = { trace: explain };
  forEachLine(path, (line, lineNumber) => {
    current = lineNumber;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CliError(`${where()}: malformed JSON: ${(error as Error).message}`);
    }
    const { request, expect } = toBatchLine(value, where);
    const decision = authorize(request, set, options);
    requests++;
    if (expect !== undefined && expect !== decision.decision) {
      mismatches++;
      out.error(`${where()}: expected ${expect}, got ${decision.decision}\n`);
    }
    writer.line(decisionJson(decision));
  });
  writer.flush();
  return { requests, mismatches };
}
