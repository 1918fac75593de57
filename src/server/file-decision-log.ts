/**
 * The decision log on disk: one JSON object per line in DATA_DIR/decisions.jsonl. Lines are gathered
 * and appended once per turn of the event loop (one write for every decision made in that turn), so
 * that logging never blocks a request and costs one system call per batch, not per decision.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { DecisionLog, DecisionLogEntry } from '../services/common/enforce/decision-log.js';

export class FileDecisionLog implements DecisionLog {
  private readonly stream: WriteStream;
  private pending: string[] = [];

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { flags: 'a' });
  }

  record(entry: DecisionLogEntry): void {
    if (this.pending.length === 0) setImmediate(() => this.flush());
    this.pending.push(JSON.stringify(entry) + '\n');
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const lines = this.pending.join('');
    this.pending = [];
    this.stream.write(lines);
  }

  close(): Promise<void> {
    this.flush();
    return new Promise((resolve) => this.stream.end(resolve));
  }
}
