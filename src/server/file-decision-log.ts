/**
 * The decision log on disk: one JSON object per line in DATA_DIR/decisions.jsonl, appended through a
 * buffered stream so that logging never blocks a request.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type { DecisionLog, DecisionLogEntry } from '../services/common/enforce/decision-log.js';

export class FileDecisionLog implements DecisionLog {
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { flags: 'a' });
  }

  record(entry: DecisionLogEntry): void {
    this.stream.write(JSON.stringify(entry) + '\n');
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}
