/**
 * A node in a process of its own (`ibiam serve --store URL`), so that a test can kill it outright
 * (SIGKILL: no graceful stop, no lease released) as a crashed machine would be. Its log lines (request
 * log and background jobs, JSON) are collected as events.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/test/multi-node/serve-process.js -> bin/ibiam.js
const IBIAM_BIN = fileURLToPath(new URL('../../../bin/ibiam.js', import.meta.url));

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly events: Record<string, unknown>[];
  /** Kills the process with SIGKILL and waits for it to be gone. */
  kill(): Promise<void>;
}

export function startServeProcess(store: string, args: readonly string[] = []): Promise<ServeProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-serve-'));
  const child = spawn(
    process.execPath,
    [IBIAM_BIN, 'serve', '--host', '127.0.0.1', '--port', '0', '--data', dataDir, ...args],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, IBIAM_STORE: store } },
  );
  const events: Record<string, unknown>[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`ibiam serve did not start: ${stderr}`));
    }, 30_000);
    let pending = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        const event = JSON.parse(line) as Record<string, unknown>;
        events.push(event);
        if (event['event'] === 'listening') {
          clearTimeout(timer);
          resolve({ url: String(event['url']), child, events, kill });
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ibiam serve exited with ${code}: ${stderr}`));
    });
  });
}
