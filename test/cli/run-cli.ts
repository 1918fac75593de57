/**
 * Runs the CLI in-process with captured output, as `ibiam ARGS...` would.
 */
import { main } from '../../src/cli/main.js';
import type { Output } from '../../src/cli/output.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out: Output = {
    write: (text) => void (stdout += text),
    error: (text) => void (stderr += text),
    exitCode: 0,
  };
  const code = await main(args, out);
  return { code, stdout, stderr };
}
