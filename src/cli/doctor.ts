/**
 * `ibiam doctor`: checks the EC2 Image Builder prerequisites of accounts, from a running endpoint
 * (--endpoint URL, with the usual AWS credentials) or from offline snapshots (--account-details FILE from
 * `aws iam get-account-authorization-details`, --imagebuilder FILE from `aws imagebuilder get-*`).
 * Output as text, JSON or SARIF; fixes as AWS CLI commands or a CloudFormation template; --apply applies
 * them to a local ibiam endpoint. Exit code 0 without error findings, 1 with, 2 on bad input.
 */
import type { Command } from 'commander';
import { applyFixes, awsManagedDocuments, diagnose, gatherWorld } from '../doctor/doctor.js';
import type { DoctorReport } from '../doctor/checks/findings.js';
import {
  isLocalEndpoint,
  parseAccountCredentials,
  sdkMessage,
  type Connection,
  type StaticCredentials,
} from '../doctor/endpoint/connection.js';
import { cloudFormationTemplate, cloudFormationYaml } from '../doctor/fixes/render-cloudformation.js';
import { ProgressBar } from '../doctor/progress-bar.js';
import { formatJson } from '../doctor/report/format-json.js';
import { formatSarif } from '../doctor/report/format-sarif.js';
import { formatText } from '../doctor/report/format-text.js';
import { exitCodeOf, fixPlan } from '../doctor/report/summary.js';
import { SnapshotError } from '../doctor/snapshot/input-error.js';
import { CliError } from './io.js';
import type { Output } from './output.js';

interface DoctorCliOptions {
  endpoint?: string;
  region?: string;
  profile?: string;
  accountCredentials: string[];
  accountDetails: string[];
  imagebuilder: string[];
  format: string;
  fixFormat: string;
  marketplace?: boolean;
  apply?: boolean;
  quiet?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function defaultRegion(): string {
  return process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? 'us-east-1';
}

/** --account-credentials values as a map (exit 2 on a malformed one). */
export function accountCredentials(values: readonly string[]): Map<string, StaticCredentials> {
  const map = new Map<string, StaticCredentials>();
  for (const value of values) {
    const parsed = parseAccountCredentials(value);
    if (!parsed)
      throw new CliError(
        `--account-credentials ${value}: expected ACCOUNT_ID=ACCESS_KEY_ID:SECRET_ACCESS_KEY`,
      );
    map.set(parsed.account, parsed.credentials);
  }
  return map;
}

export function connectionOf(o: { endpoint?: string; region?: string; profile?: string }): Connection {
  return {
    ...(o.endpoint ? { endpoint: o.endpoint } : {}),
    region: o.region ?? defaultRegion(),
    ...(o.profile ? { profile: o.profile } : {}),
  };
}

function render(report: DoctorReport, o: DoctorCliOptions): string {
  if (o.fixFormat === 'cloudformation') {
    const managed = awsManagedDocuments();
    const plan = fixPlan(report);
    if (o.format !== 'json') return cloudFormationYaml(plan, managed);
    const templates: Record<string, unknown> = {};
    for (const [account, actions] of plan)
      templates[account] = cloudFormationTemplate(account, actions, managed);
    return JSON.stringify(templates, null, 2) + '\n';
  }
  if (o.format === 'json') return formatJson(report);
  if (o.format === 'sarif') return formatSarif(report);
  return formatText(report);
}

async function run(o: DoctorCliOptions, out: Output): Promise<void> {
  if (!['text', 'json', 'sarif'].includes(o.format))
    throw new CliError(`unknown --format ${o.format}: use text, json or sarif`);
  if (!['cli', 'cloudformation'].includes(o.fixFormat))
    throw new CliError(`unknown --fix-format ${o.fixFormat}: use cli or cloudformation`);
  if (o.fixFormat === 'cloudformation' && o.format === 'sarif')
    throw new CliError('--fix-format cloudformation prints a template: use --format text (YAML) or json');
  if (!o.endpoint && o.accountDetails.length === 0)
    throw new CliError('nothing to check: give --endpoint URL or --account-details FILE');
  if (o.apply && !o.endpoint)
    throw new CliError('--apply needs --endpoint (it applies the fixes through the API)');
  if (o.apply && o.endpoint && !isLocalEndpoint(o.endpoint))
    throw new CliError(
      `--apply only writes to a local ibiam endpoint, not ${o.endpoint}; run the printed commands yourself`,
    );
  const accounts = accountCredentials(o.accountCredentials);
  const connection = o.endpoint ? connectionOf(o) : undefined;
  const note = (message: string) => {
    if (!o.quiet) out.error(`ibiam doctor: ${message}\n`);
  };
  const progress = process.stderr.isTTY ? new ProgressBar((t) => out.error(t)) : undefined;
  const check = async () => {
    const world = await gatherWorld({
      accountDetails: o.accountDetails,
      imagebuilder: o.imagebuilder,
      ...(connection ? { connection } : {}),
      accounts,
      note,
    });
    return diagnose(world, {
      ...(o.marketplace !== undefined ? { marketplace: o.marketplace } : {}),
      region: o.region ?? defaultRegion(),
      note,
      ...(progress ? { progress } : {}),
    });
  };
  let report = await check();
  if (o.apply && connection) {
    for (let round = 0; round < 4 && exitCodeOf(report) !== 0; round++) {
      const rounds = await applyFixes(report, connection, accounts);
      let changed = 0;
      for (const { account, results } of rounds) {
        for (const r of results) {
          if (r.outcome === 'applied') changed++;
          out.error(
            `ibiam doctor: ${r.outcome} in ${account}: ${r.command}${r.error ? ` (${r.error})` : ''}\n`,
          );
        }
      }
      if (changed === 0) break;
      report = await check();
    }
  }
  out.write(render(report, o));
  out.exitCode = exitCodeOf(report);
}

export function registerDoctor(program: Command, out: Output): void {
  program
    .command('doctor')
    .description(
      'check the EC2 Image Builder prerequisites of accounts (an endpoint or offline snapshots); exit 1 on any error finding',
    )
    .option(
      '--endpoint <url>',
      'a running endpoint (ibiam or AWS), with the usual AWS credentials and profile environment',
    )
    .option(
      '--region <region>',
      'the Region of the endpoint and of requests (default AWS_REGION or us-east-1)',
    )
    .option('--profile <name>', 'an AWS CLI profile for the endpoint credentials')
    .option(
      '--account-credentials <ACCOUNT=KEY:SECRET>',
      'credentials of another account on the endpoint (repeatable)',
      collect,
      [],
    )
    .option(
      '--account-details <file>',
      'output of `aws iam get-account-authorization-details` (repeatable; ACCOUNT_ID=FILE names the account)',
      collect,
      [],
    )
    .option('--imagebuilder <file>', 'output of `aws imagebuilder get-*` commands (repeatable)', collect, [])
    .option('--format <format>', 'text|json|sarif', 'text')
    .option(
      '--fix-format <format>',
      'cli (commands in the report) or cloudformation (print a template instead)',
      'cli',
    )
    .option('--marketplace', 'always run the AWS Marketplace private image build checks')
    .option('--no-marketplace', 'never run them (by default they run where an account shows Marketplace use)')
    .option('--apply', 'apply the fixes to the local ibiam endpoint, then check again')
    .option('--quiet', 'do not print notes on standard error')
    .action(async (o: DoctorCliOptions) => {
      try {
        await run(o, out);
      } catch (error) {
        if (error instanceof SnapshotError) throw new CliError(error.message);
        if (error instanceof CliError) throw error;
        if (
          o.endpoint &&
          error instanceof Error &&
          !(error instanceof TypeError) &&
          !(error instanceof RangeError)
        )
          throw new CliError(`${o.endpoint}: ${sdkMessage(error)}`);
        throw error;
      }
    });
}
