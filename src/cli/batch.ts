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

/** Calls `onLine` for every non-empty line of a file (or standard input for `-`). */
function forEachLine(path: string, onLine: (line: string, lineNumber: number) => void): void {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(path, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const buffer = Buffer.allocUnsafe(CHUNK);
  let carry = '';
  let lineNumber = 0;
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((error as NodeJS.ErrnoException).code === 'EOF') break;
        throw error;
      }
      if (read === 0) break;
      const text = carry + buffer.toString('utf8', 0, read);
      let start = 0;
      let newline = text.indexOf('\n');
      while (newline >= 0) {
        lineNumber++;
        const line = text.slice(start, newline);
        if (line.trim() !== '') onLine(line, lineNumber);
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      carry = text.slice(start);
    }
    if (carry.trim() !== '') onLine(carry, lineNumber + 1);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export interface BatchSummary {
  readonly requests: number;
  readonly mismatches: number;
}

export function simulateBatch(path: string, set: PolicySet, explain: boolean, out: Output): BatchSummary {
  let pending = '';
  let requests = 0;
  let mismatches = 0;
  const name = inputName(path);
  forEachLine(path, (line, lineNumber) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new CliError(`${name}:${lineNumber}: malformed JSON: ${(error as Error).message}`);
    }
    const { request, expect } = toBatchLine(value, `${name}:${lineNumber}`);
    const decision = authorize(request, set, { trace: explain });
    requests++;
    if (expect !== undefined && expect !== decision.decision) {
      mismatches++;
      out.error(`${name}:${lineNumber}: expected ${expect}, got ${decision.decision}\n`);
    }
    pending += decisionJson(decision) + '\n';
    if (pending.length > CHUNK) {
      out.write(pending);
      pending = '';
    }
  });
  if (pending !== '') out.write(pending);
  return { requests, mismatches };
}
