/**
 * `ibiam decisions [--follow] [--denied] [--json] [--data DIR]`: prints the decision log, one line per
 * decision; --follow keeps printing new decisions as they are made (until interrupted).
 */
import type { Command } from 'commander';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionLogEntry } from '../services/common/enforce/decision-log.js';
import type { Output } from './output.js';
import { DEFAULT_DATA_DIR } from './serve.js';

export function formatEntry(e: DecisionLogEntry): string {
  const blocked = e.blockedBy ? ` (blocked by ${e.blockedBy})` : '';
  const deciding = e.deciding.map((d) => `${d.policy}#${d.statement}${d.sid ? `/${d.sid}` : ''}`).join(', ');
  const missing = e.missingContextKeys?.length ? ` missing context: ${e.missingContextKeys.join(', ')}` : '';
  return `${e.time} ${e.decision}${blocked} ${e.principal} ${e.action} ${e.resource}${deciding ? ` by ${deciding}` : ''}${missing}`;
}

/** Reads the complete lines added to a file since `offset`; returns them and the new offset. */
function readNewLines(path: string, offset: number): { lines: string[]; offset: number } {
  const size = statSync(path).size;
  if (size <= offset) return { lines: [], offset: size < offset ? 0 : offset };
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(size - offset);
    readSync(fd, buffer, 0, buffer.length, offset);
    const text = buffer.toString('utf8');
    const end = text.lastIndexOf('\n') + 1;
    return {
      lines: text.slice(0, end).split('\n').filter(Boolean),
      offset: offset + Buffer.byteLength(text.slice(0, end)),
    };
  } finally {
    closeSync(fd);
  }
}

export function registerDecisions(program: Command, out: Output): void {
  program
    .command('decisions')
    .description('print the decision log: which principal was allowed or denied what, and why')
    .option('--follow', 'keep printing new decisions')
    .option('--denied', 'only denials')
    .option('--json', 'print the raw JSON lines')
    .option('--data <dir>', 'data directory', DEFAULT_DATA_DIR)
    .action(async (o: { follow?: boolean; denied?: boolean; json?: boolean; data: string }) => {
      const path = join(o.data, 'decisions.jsonl');
      const print = (line: string) => {
        let entry: DecisionLogEntry;
        try {
          entry = JSON.parse(line) as DecisionLogEntry;
        } catch {
          return;
        }
        if (o.denied && entry.decision === 'Allow') return;
        out.write((o.json ? line : formatEntry(entry)) + '\n');
      };
      let offset = 0;
      if (existsSync(path)) {
        const first = readNewLines(path, 0);
        first.lines.forEach(print);
        offset = first.offset;
      }
      if (!o.follow) return;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (!existsSync(path)) return;
          const next = readNewLines(path, offset);
          next.lines.forEach(print);
          offset = next.offset;
        }, 200);
        const stop = () => {
          clearInterval(timer);
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
