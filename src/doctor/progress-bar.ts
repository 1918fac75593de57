/**
 * A progress bar for long runs, drawn on a terminal by rewriting one line: it appears only once a phase
 * has lasted longer than `delayMs` (short runs stay quiet) and is redrawn at most every `intervalMs`.
 */
import type { Progress } from './progress.js';

export class ProgressBar implements Progress {
  private label = '';
  private total = 0;
  private done = 0;
  private startedAt = 0;
  private drawnAt = 0;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => Date.now(),
    private readonly delayMs = 500,
    private readonly intervalMs = 100,
    private readonly width = 30,
  ) {}

  start(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.startedAt = this.now();
  }

  tick(done = 1): void {
    this.done += done;
    const t = this.now();
    if (t - this.startedAt < this.delayMs || t - this.drawnAt < this.intervalMs) return;
    this.drawnAt = t;
    this.draw();
  }

  end(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }

  private draw(): void {
    const ratio = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(ratio * this.width);
    const bar = '#'.repeat(filled) + '-'.repeat(this.width - filled);
    const label = this.label.length > 50 ? this.label.slice(0, 47) + '...' : this.label;
    this.write(`\r\x1b[2K[${bar}] ${Math.round(ratio * 100)}% ${this.done}/${this.total} ${label}`);
    this.shown = true;
  }
}
