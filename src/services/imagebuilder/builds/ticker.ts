/**
 * A background loop: runs `work` now and then every `intervalMs` after the previous run finished, never
 * two runs at once. stop() prevents further runs and resolves once the run in progress (if any) is done,
 * so the store can be closed right after. Errors of a run are reported and do not stop the loop.
 */
export class Ticker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly intervalMs: number,
    private readonly work: (isStopped: () => boolean) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.work(() => this.stopped)
        .catch((error: unknown) => this.onError(error))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.intervalMs);
        });
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
