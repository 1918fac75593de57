/**
 * Helpers for the doctor tests: fixture paths (test/doctor/fixtures, read from the source tree) and a run
 * of `ibiam doctor --format json` in-process, parsed.
 */
import { join } from 'node:path';
import { runCli, type CliRun } from '../cli/run-cli.js';

export const FIXTURES = join(process.cwd(), 'test', 'doctor', 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

export interface JsonFinding {
  readonly id: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly account: string;
  readonly resource: string;
  readonly message: string;
  readonly source: string;
  readonly fix: { readonly cli: readonly string[]; readonly policy: unknown };
}

export interface JsonReport {
  readonly findings: readonly JsonFinding[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly passed: number };
}

export interface DoctorRun extends CliRun {
  readonly report: JsonReport;
}

/** `ibiam doctor --format json` on fixtures: account-details files, then `--imagebuilder` files. */
export async function doctor(
  details: readonly string[],
  imagebuilder: readonly string[] = [],
  ...extra: string[]
): Promise<DoctorRun> {
  const args = ['doctor', '--format', 'json', '--quiet', ...extra];
  for (const d of details) args.push('--account-details', fixture(d));
  for (const i of imagebuilder) args.push('--imagebuilder', fixture(i));
  const run = await runCli(...args);
  return {
    ...run,
    report:
      run.code === 2
        ? { findings: [], summary: { errors: 0, warnings: 0, passed: 0 } }
        : (JSON.parse(run.stdout) as JsonReport),
  };
}

/** `ID severity resource` of each finding, sorted: what the tests compare. */
export const fired = (report: JsonReport) =>
  report.findings.map((f) => `${f.id} ${f.severity} ${f.resource}`).sort();

export const SOURCE = '111122223333';
export const TARGET = '444455556666';
export const role = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;
