/**
 * Progress of a long check run, reported to whoever wants to draw it (the CLI draws a bar on a TTY).
 */
export interface Progress {
  /** A new phase with a known amount of work. */
  start(label: string, total: number): void;
  tick(done?: number): void;
  end(): void;
}

export const NO_PROGRESS: Progress = { start: () => {}, tick: () => {}, end: () => {} };
