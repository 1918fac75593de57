/**
 * `npm run bench:server [-- --store URL] [--nodes N] [--workers N]`: signed requests per second and p50/p99 latency
 * over loopback for iam:GetRole, iam:ListRoles and sts:GetCallerIdentity at 1, 16 and 64 connections.
 * The server runs in its own process (as `ibiam serve`); this process only sends requests, each carrying
 * a SigV4 signature that the server verifies and a decision the engine makes (signed ahead of time, and
 * sent by a lean HTTP/1.1 client over raw sockets, like wrk, so that the client takes little of the two
 * cores; AWS accepts a signed request again within its 15-minute window). It prints, besides requests per
 * second and latency, the server's CPU time per request and the share of the machine's CPU that the
 * hypervisor stole during the row (on a shared virtual machine, rows with much stolen time are not
 * comparable). Target (issue 3): >= 5,000 requests/s with
 * p99 < 20 ms at 16. `--store` runs the server on that store (sqlite:PATH or postgres://...; default: a
 * fresh SQLite data directory); `--nodes N` starts N servers on the same store and spreads the requests
 * over them in turn, as a load balancer would (the connections are shared among the nodes); `--workers N`
 * runs each node as `ibiam serve --workers N` (default: one per core).
 * BENCH_SECONDS sets the seconds per row; BENCH_ONLY=NAME runs only that operation at 16 connections; BENCH_SERVER_NODE_ARGS passes Node options to the server
 * processes (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../src/protocol/sigv4/signer.js';

const DURATION_MS = Number(process.env['BENCH_SECONDS'] ?? 5) * 1000;

const { values: args } = parseArgs({
  options: {
    store: { type: 'string' },
    nodes: { type: 'string', default: '1' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});
const NODES = Number(args.nodes);
if (!Number.isInteger(NODES) || NODES < 1) throw new Error(`--nodes ${args.nodes}: not a number of nodes`);

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

async function startServer(
  dataDir: string,
  store: string | undefined,
): Promise<{ url: URL; pid: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env['BENCH_SERVER_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
      'bin/ibiam.js',
      'serve',
      '--port',
      '0',
      '--quiet',
      '--workers',
      String(args.workers),
      '--data',
      dataDir,
      ...(store ? ['--store', store] : []),
    ],
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
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
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

/** A node and the requests signed for it (a signature covers the Host header, so each node has its own). */
interface Target {
  readonly url: URL;
  readonly pool: readonly Buffer[];
  readonly pid: number;
}

/** A signed request as the bytes an HTTP/1.1 client sends. */
function requestBytes(signed: Signed): Buffer {
  const head = Object.entries(signed.headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const body = Buffer.from(signed.body);
  return Buffer.concat([
    Buffer.from(`POST ${signed.path} HTTP/1.1\r\n${head}content-length: ${body.length}\r\n\r\n`),
    body,
  ]);
}

/**
 * One keep-alive connection sending a request, waiting for the whole response, and sending the next: a
 * lean HTTP/1.1 client over a raw socket (like wrk), so that the client takes little of the two cores.
 */
function connection(target: Target, deadline: number, record: (ms: number, status: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const socket = connect(Number(target.url.port), target.url.hostname);
    socket.setNoDelay(true);
    let n = Math.floor(Math.random() * target.pool.length);
    let started = 0n;
    let pending: Buffer = Buffer.alloc(0);
    const sendNext = () => {
      if (Date.now() >= deadline) {
        socket.end();
        return resolve();
      }
      started = process.hrtime.bigint();
      socket.write(target.pool[n++ % target.pool.length]!);
    };
    socket.on('connect', sendNext);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      const headEnd = pending.indexOf('\r\n\r\n');
      if (headEnd < 0) return;
      const head = pending.subarray(0, headEnd).toString('latin1');
      const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      if (pending.length < headEnd + 4 + length) return;
      pending = pending.subarray(headEnd + 4 + length);
      record(Number(process.hrtime.bigint() - started) / 1e6, Number(head.slice(9, 12)));
      sendNext();
    });
  });
}

/** CPU seconds (user + system) a process and its children (the serve workers) have used, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const stat = (id: number | string) => readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const used = (fields: string[]) => (Number(fields[11]) + Number(fields[12])) / 100;
  let total = used(stat(pid));
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = stat(entry);
      if (Number(fields[1]) === pid) total += used(fields);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** The machine's CPU ticks, total and stolen by the hypervisor, from /proc/stat (Linux). */
function machineTicks(): { total: number; steal: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

async function load(targets: readonly Target[], connections: number) {
  const ticksBefore = machineTicks();
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + DURATION_MS;
  const cpuBefore = targets.map((t) => cpuSeconds(t.pid));
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, (_, i) =>
      connection(targets[i % targets.length]!, deadline, (ms, status) => {
        latencies.push(ms);
        if (status !== 200) failures++;
      }),
    ),
  );
  const seconds = (Date.now() - started) / 1000;
  const serverCpu = targets.reduce((sum, t, i) => sum + cpuSeconds(t.pid) - cpuBefore[i]!, 0);
  const ticksAfter = machineTicks();
  const steal = (ticksAfter.steal - ticksBefore.steal) / Math.max(1, ticksAfter.total - ticksBefore.total);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    rps: latencies.length / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
    failures,
    cpuMicros: (serverCpu / Math.max(1, latencies.length)) * 1e6,
    steal,
  };
}

const dataDirs = Array.from({ length: NODES }, () => mkdtempSync(join(tmpdir(), 'ibiam-bench-server-')));
// Several nodes need one store: without --store, they share the first node's SQLite file.
const store = args.store ?? (NODES > 1 ? `sqlite:${join(dataDirs[0]!, 'ibiam.db')}` : undefined);
const servers: { url: URL; pid: number; stop: () => void }[] = [];
try {
  // The first node creates the schema and the default account; the others start together after it.
  servers.push(await startServer(dataDirs[0]!, store));
  servers.push(...(await Promise.all(dataDirs.slice(1).map((dir) => startServer(dir, store)))));
  const first = servers[0]!;
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
      first.url,
      await sign(
        first.url,
        'iam',
        form('CreateRole', '2010-05-08', `&RoleName=bench-role-${i}&AssumeRolePolicyDocument=${trust}`),
      ),
    );
    // 409: the role is there from an earlier run on the same store.
    if (created !== 200 && created !== 409) throw new Error(`CreateRole answered ${created}`);
  }
  const workloads: [string, 'iam' | 'sts', string][] = [
    ['iam:GetRole', 'iam', form('GetRole', '2010-05-08', '&RoleName=bench-role-7')],
    ['iam:ListRoles', 'iam', form('ListRoles', '2010-05-08')],
    ['sts:GetCallerIdentity', 'sts', form('GetCallerIdentity', '2011-06-15')],
  ];
  const where = store
    ? store.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')
    : 'SQLite in a fresh data directory';
  console.log(
    `ibiam server benchmark (${DURATION_MS / 1000} s per row, ${NODES} node${NODES > 1 ? 's' : ''} of ${args.workers} worker process${args.workers === '1' ? '' : 'es'} on ${where}, loopback)`,
  );
  console.log(
    'operation               connections   requests/s   p50 ms   p99 ms   non-200   server CPU µs/req   stolen CPU',
  );
  for (const [name, service, body] of workloads) {
    if (process.env['BENCH_ONLY'] && !name.includes(process.env['BENCH_ONLY'])) continue;
    const targets = await Promise.all(
      servers.map(async (server) => ({
        url: server.url,
        pid: server.pid,
        pool: (await Promise.all(Array.from({ length: 200 }, () => sign(server.url, service, body)))).map(
          requestBytes,
        ),
      })),
    );
    for (const connections of process.env['BENCH_ONLY'] ? [16] : [1, 16, 64]) {
      const r = await load(targets, connections);
      console.log(
        `${name.padEnd(24)}${String(connections).padStart(11)}${Math.round(r.rps).toLocaleString('en-US').padStart(13)}${r.p50.toFixed(2).padStart(9)}${r.p99.toFixed(2).padStart(9)}${String(r.failures).padStart(10)}${r.cpuMicros.toFixed(0).padStart(20)}${`${(r.steal * 100).toFixed(0)}%`.padStart(13)}`,
      );
    }
  }
} finally {
  servers.forEach((server) => server.stop());
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
