/**
 * `npm run bench:server`: signed requests per second and p50/p99 latency over loopback for iam:GetRole,
 * iam:ListRoles and sts:GetCallerIdentity at 1, 16 and 64 connections. The server runs in its own
 * process (as `ibiam serve`); this process only sends requests, each carrying a SigV4 signature that
 * the server verifies and a decision the engine makes (signed ahead of time so that the client's own
 * signing does not limit the figures). Target (issue 3): >= 5,000 requests/s with p99 < 20 ms at 16.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../src/protocol/sigv4/signer.js';

const DURATION_MS = Number(process.env['BENCH_SECONDS'] ?? 5) * 1000;

interface Signed {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

async function sign(url: URL, service: 'iam' | 'sts', body: string): Promise<Signed> {
  const signer = new SignatureV4({
    service,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  return { path: '/', headers: signed.headers as Record<string, string>, body };
}

async function startServer(dataDir: string): Promise<{ url: URL; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['bin/ibiam.js', 'serve', '--port', '0', '--quiet', '--data', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<URL>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /"url":"([^"]+)"/.exec(text);
      if (match) resolve(new URL(match[1]!));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

function send(agent: Agent, url: URL, signed: Signed): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: signed.path,
        headers: signed.headers,
        agent,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(signed.body);
  });
}

async function load(url: URL, pool: readonly Signed[], connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + DURATION_MS;
  let next = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const signed = pool[next++ % pool.length]!;
      const start = process.hrtime.bigint();
      const status = await send(agent, url, signed);
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (status !== 200) failures++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return { rps: latencies.length / seconds, p50: pct(0.5), p99: pct(0.99), failures };
}

const dataDir = mkdtempSync(join(tmpdir(), 'ibiam-bench-server-'));
const server = await startServer(dataDir);
try {
  const form = (action: string, version: string, extra = '') => `Action=${action}&Version=${version}${extra}`;
  const trust = encodeURIComponent(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  );
  for (let i = 0; i < 20; i++) {
    const created = await send(
      new Agent(),
      server.url,
      await sign(
        server.url,
        'iam',
        form('CreateRole', '2010-05-08', `&RoleName=bench-role-${i}&AssumeRolePolicyDocument=${trust}`),
      ),
    );
    if (created !== 200) throw new Error(`CreateRole answered ${created}`);
  }
  const workloads: [string, 'iam' | 'sts', string][] = [
    ['iam:GetRole', 'iam', form('GetRole', '2010-05-08', '&RoleName=bench-role-7')],
    ['iam:ListRoles', 'iam', form('ListRoles', '2010-05-08')],
    ['sts:GetCallerIdentity', 'sts', form('GetCallerIdentity', '2011-06-15')],
  ];
  console.log(
    `ibiam server benchmark (${DURATION_MS / 1000} s per row, server in its own process, loopback)`,
  );
  console.log('operation               connections   requests/s   p50 ms   p99 ms   non-200');
  for (const [name, service, body] of workloads) {
    const pool = await Promise.all(Array.from({ length: 200 }, () => sign(server.url, service, body)));
    for (const connections of [1, 16, 64]) {
      const r = await load(server.url, pool, connections);
      console.log(
        `${name.padEnd(24)}${String(connections).padStart(11)}${Math.round(r.rps).toLocaleString('en-US').padStart(13)}${r.p50.toFixed(2).padStart(9)}${r.p99.toFixed(2).padStart(9)}${String(r.failures).padStart(10)}`,
      );
    }
  }
} finally {
  server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
