/**
 * `npm run bench:engine`: decisions per second (traces off and on), p50/p99 latency, the decision mix,
 * the cost of 300 unrelated statements, and the batch CLI over 1,000,000 JSONL requests end to end.
 * Targets (issue 2): >= 1,000,000/s without traces, >= 100,000/s with traces, < 2x for 300 unrelated
 * statements, batch CLI < 5 s for 1,000,000 requests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { authorize } from '../src/policy/authorize/authorize.js';
import { compilePolicySet, type PolicySet } from '../src/policy/authorize/policy-set.js';
import type { AuthorizationRequest } from '../src/policy/authorize/types.js';
import { buildRequests, fixturePolicy, FIXTURES, unrelatedPolicy } from './engine-workload.js';

const fullAccess = fixturePolicy('aws-image-builder-full-access-v2.json', 'AWSImageBuilderFullAccess');
const guardrails = fixturePolicy('customer-guardrails.json', 'CustomerGuardrails');
const baseSet = compilePolicySet({ identity: [fullAccess, guardrails] });
const bigSet = compilePolicySet({ identity: [fullAccess, guardrails, unrelatedPolicy(300)] });

function throughput(
  set: PolicySet,
  requests: readonly AuthorizationRequest[],
  trace: boolean,
  rounds: number,
): number {
  for (let i = 0; i < Math.min(requests.length, 100_000); i++) authorize(requests[i]!, set, { trace }); // warm-up
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const request of requests) authorize(request, set, { trace });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return (requests.length * rounds) / seconds;
}

function latencies(set: PolicySet, requests: readonly AuthorizationRequest[]): { p50: number; p99: number } {
  const samples = new Float64Array(requests.length);
  for (let i = 0; i < requests.length; i++) {
    const start = process.hrtime.bigint();
    authorize(requests[i]!, set);
    samples[i] = Number(process.hrtime.bigint() - start);
  }
  samples.sort();
  return {
    p50: samples[Math.floor(samples.length * 0.5)]!,
    p99: samples[Math.floor(samples.length * 0.99)]!,
  };
}

function mix(set: PolicySet, requests: readonly AuthorizationRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const d = authorize(request, set).decision;
    counts[d] = (counts[d] ?? 0) + 1;
  }
  return counts;
}

function batchCli(count: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'ibiam-bench-'));
  try {
    const file = join(dir, 'requests.jsonl');
    const lines = buildRequests(count, 7).map((r) =>
      JSON.stringify({
        principal: r.principal.arn,
        action: r.action,
        resource: r.resource,
        context: {
          ...r.context,
          'aws:RequestedRegion': r.region,
          ...(r.resourceTags ? { 'aws:ResourceTag/Environment': r.resourceTags['Environment'] } : {}),
        },
      }),
    );
    writeFileSync(file, lines.join('\n') + '\n');
    const start = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [
        'bin/ibiam.js',
        'policy',
        'simulate',
        '--identity',
        join(FIXTURES, 'aws-image-builder-full-access-v2.json'),
        '--identity',
        join(FIXTURES, 'customer-guardrails.json'),
        '--requests',
        file,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) throw new Error(`batch CLI exited with ${result.status}`);
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const requests = buildRequests(200_000);
// Figures are per core: other processes competing for the 2 cores lower them, so the load is printed too.
const loadAtStart = loadavg()[0]!;

const plain = throughput(baseSet, requests, false, 10);
const traced = throughput(baseSet, requests.slice(0, 50_000), true, 4);
const withUnrelated = throughput(bigSet, requests, false, 10);
const { p50, p99 } = latencies(baseSet, requests);

console.log('ibiam engine benchmark (one core)');
console.log(`  decisions/s, traces off:            ${fmt(plain)}   (target >= 1,000,000)`);
console.log(`  decisions/s, full traces:           ${fmt(traced)}   (target >= 100,000)`);
console.log(
  `  decisions/s, +300 unrelated stmts:  ${fmt(withUnrelated)}   (slowdown ${(plain / withUnrelated).toFixed(2)}x, target < 2x)`,
);
console.log(
  `  latency p50 / p99:                  ${(p50 / 1000).toFixed(2)} us / ${(p99 / 1000).toFixed(2)} us`,
);
console.log(`  decision mix:                       ${JSON.stringify(mix(baseSet, requests))}`);
const batchSeconds = batchCli(1_000_000);
console.log(`  batch CLI, 1,000,000 JSONL lines:   ${batchSeconds.toFixed(2)} s end to end   (target < 5 s)`);
console.log(
  `  machine load (1-minute average):    ${loadAtStart.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end`,
);
