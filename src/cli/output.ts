/**
 * Where commands write: injected so that tests can capture it, and the process exit code a command sets.
 */
export interface Output {
  write(text: string): void;
  /** Writes bytes (UTF-8 text) where the output can take them directly; batch output uses it. */
  writeBytes?(bytes: Uint8Array): void;
  error(text: string): void;
  exitCode: number;
}

export function processOutput(): Output {
  return {
    write: (text) => void process.stdout.write(text),
    writeBytes: (bytes) => void process.stdout.write(bytes),
    error: (text) => void process.stderr.write(text),
    exitCode: 0,
  };
}
