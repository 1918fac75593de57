/**
 * `ibiam setup imagebuilder [--account ID] [--target-accounts ID,...] [--lifecycle] [--marketplace]`:
 * creates every prerequisite role, instance profile and policy of the seed documents in one step, against
 * an endpoint (--endpoint URL, the usual AWS credentials; --account-credentials for target accounts), or
 * prints them for a real account (--print cli|cloudformation). Entities that already exist are kept.
 */
import type { Command } from 'commander';
import { awsManagedDocuments } from '../doctor/doctor.js';
import { applyActions } from '../doctor/endpoint/apply.js';
import { sdkMessage } from '../doctor/endpoint/connection.js';
import { callerAccount } from '../doctor/endpoint/fetch-account.js';
import type { FixAction } from '../doctor/fixes/actions.js';
import { cliCommands } from '../doctor/fixes/render-cli.js';
import { cloudFormationYaml } from '../doctor/fixes/render-cloudformation.js';
import { setupPlan, type SetupOptions } from '../doctor/setup/plan.js';
import { accountCredentials, connectionOf } from './doctor.js';
import { CliError } from './io.js';
import type { Output } from './output.js';

interface SetupCliOptions {
  account?: string;
  targetAccounts?: string;
  lifecycle?: boolean;
  marketplace?: boolean;
  logBucket?: string;
  endpoint?: string;
  region?: string;
  profile?: string;
  print?: string;
  accountCredentials: string[];
}

const ACCOUNT = /^\d{12}$/;

function targets(text: string | undefined): string[] {
  const list = (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const t of list)
    if (!ACCOUNT.test(t)) throw new CliError(`--target-accounts: ${t} is not a 12-digit account id`);
  return list;
}

function printPlan(plan: ReadonlyMap<string, readonly FixAction[]>, format: string): string {
  if (format === 'cloudformation') return cloudFormationYaml(plan, awsManagedDocuments());
  return [...plan]
    .map(([account, actions]) => `# Account ${account}\n${cliCommands(actions).join('\n')}\n`)
    .join('\n');
}

async function run(o: SetupCliOptions, out: Output): Promise<void> {
  if (o.account !== undefined && !ACCOUNT.test(o.account))
    throw new CliError(`--account ${o.account}: not a 12-digit account id`);
  const targetAccounts = targets(o.targetAccounts);
  const base = {
    targetAccounts,
    lifecycle: o.lifecycle === true,
    marketplace: o.marketplace === true,
    ...(o.logBucket ? { logBucket: o.logBucket } : {}),
  };
  if (o.print !== undefined) {
    if (!['cli', 'cloudformation'].includes(o.print))
      throw new CliError(`--print ${o.print}: use cli or cloudformation`);
    if (!o.account && (targetAccounts.length > 0 || base.marketplace))
      throw new CliError(
        '--account is needed to print trust policies and role ARNs of --target-accounts and --marketplace',
      );
    // Without --account no ARN names the account: the heading says whose it is.
    const options: SetupOptions = { ...base, account: o.account ?? '(your account)' };
    out.write(printPlan(setupPlan(options), o.print));
    return;
  }
  if (!o.endpoint)
    throw new CliError(
      'give --endpoint URL to create the prerequisites, or --print cli|cloudformation to print them',
    );
  const connection = connectionOf(o);
  const credentials = accountCredentials(o.accountCredentials);
  let account: string;
  try {
    account = await callerAccount(connection);
  } catch (error) {
    throw new CliError(`${o.endpoint}: ${sdkMessage(error)}`);
  }
  if (o.account && o.account !== account)
    throw new CliError(`--account ${o.account}: the endpoint credentials are those of account ${account}`);
  const missing = targetAccounts.filter((t) => t !== account && !credentials.has(t));
  if (missing.length > 0)
    throw new CliError(
      `no credentials for target account(s) ${missing.join(', ')}: pass --account-credentials ACCOUNT=KEY:SECRET, or use --print`,
    );
  let failed = 0;
  for (const [target, actions] of setupPlan({ ...base, account })) {
    const results = await applyActions(
      connection,
      actions,
      target === account ? undefined : credentials.get(target),
    );
    for (const r of results) {
      if (r.outcome === 'failed') failed++;
      out.write(`${r.outcome} in ${target}: ${r.command}${r.error ? ` (${r.error})` : ''}\n`);
    }
  }
  out.exitCode = failed > 0 ? 1 : 0;
}

export function registerSetup(program: Command, out: Output): void {
  const setup = program.command('setup').description('create prerequisites');
  setup
    .command('imagebuilder')
    .description(
      'create every EC2 Image Builder prerequisite role, instance profile and policy the seed documents describe',
    )
    .option('--account <id>', "the source account (default: the endpoint credentials' account)")
    .option('--target-accounts <ids>', 'comma-separated accounts that images are distributed to')
    .option('--lifecycle', 'also the lifecycle management roles')
    .option('--marketplace', 'also the AWS Marketplace private image build roles and builders group')
    .option('--log-bucket <name>', 'grant the build instance s3:PutObject to this logging bucket')
    .option('--endpoint <url>', 'create them through this endpoint (e.g. a running ibiam)')
    .option('--region <region>', 'the Region of the endpoint')
    .option('--profile <name>', 'an AWS CLI profile for the endpoint credentials')
    .option(
      '--account-credentials <ACCOUNT=KEY:SECRET>',
      'credentials of a target account on the endpoint (repeatable)',
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .option('--print <format>', 'print instead of creating: cli or cloudformation')
    .action((o: SetupCliOptions) => run(o, out));
}
