/**
 * Runs the real `ibiam` command (bin/ibiam.js) as a child process, as a user would from a shell, without
 * blocking this process: a server running in the test process keeps answering meanwhile. Also starts
 * `ibiam serve` as a child process for start-up measurements.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// dist/test/e2e/support/cli-process.js -> bin/ibiam.js
export const IBIAM_BIN = fileURLToPath(new URL('../../../../bin/ibiam.js', import.meta.url));

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node bin/ibiam.js ARGS...`; resolves when the process exits. */
export function runIbiam(args: readonly string[], timeoutMs = 30_000): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [IBIAM_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ibiam ${args.join(' ')} did not finish in ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Sends SIGTERM to this server process and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts `ibiam serve --port 0 --quiet --data DIR` and resolves with its URL once it listens. */
export function startServeProcess(dataDir: string, timeoutMs = 30_000): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [IBIAM_BIN, 'serve', '--host', '127.0.0.1', '--port', '0', '--quiet', '--data', dataDir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`ibiam serve did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const match = /"event":"listening","url":"([^"]+)"/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ibiam serve exited with ${code}: ${stderr}`));
    });
  });
}
