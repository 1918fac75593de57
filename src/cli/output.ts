/**
 * Where commands write: injected so that tests can capture it, and the process exit code a command sets.
 */
export interface Output {
  write(text: string): void;
  error(text: string): void;
  exitCode: number;
}

export function processOutput(): Output {
  return {
    write: (text) => void process.stdout.write(text),
    error: (text) => void process.stderr.write(text),
    exitCode: 0,
  };
}
