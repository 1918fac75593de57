/**
 * The doctor as a library: gather the accounts (snapshot files and/or an endpoint), run the checks, and
 * apply the fixes to a local endpoint, re-checking until nothing more can be fixed.
 *
 *   const world = await gatherWorld({ accountDetails: ['prod.json'], imagebuilder: ['ib.json'] });
 *   const report = diagnose(world);
 */
import { defaultCatalog } from '../policy/catalog/index.js';
import { AwsManagedPolicies } from '../services/iam/aws-managed/catalog.js';
import type { DoctorOptions } from './checks/context.js';
import type { DoctorReport } from './checks/findings.js';
import { runChecks } from './checks/run.js';
import type { Note } from './engine/policy-cache.js';
import { applyActions, type Applied } from './endpoint/apply.js';
import type { Connection, StaticCredentials } from './endpoint/connection.js';
import { callerAccount, fetchAccount } from './endpoint/fetch-account.js';
import { fetchImageBuilder } from './endpoint/fetch-imagebuilder.js';
import { fixPlan } from './report/summary.js';
import { addAccount, loadInputs } from './snapshot/load.js';
import { World } from './world.js';

export interface Sources {
  readonly accountDetails?: readonly string[];
  readonly imagebuilder?: readonly string[];
  /** A running endpoint to read accounts from (its default credentials' account, and `accounts`). */
  readonly connection?: Connection;
  /** Credentials of more accounts on the endpoint. */
  readonly accounts?: ReadonlyMap<string, StaticCredentials>;
  readonly note?: Note;
}

export async function gatherWorld(sources: Sources): Promise<World> {
  const loaded = loadInputs(sources.accountDetails ?? [], sources.imagebuilder ?? []);
  const note = sources.note ?? (() => {});
  if (sources.connection) {
    const logins: (StaticCredentials | undefined)[] = [sources.connection.credentials];
    for (const credentials of sources.accounts?.values() ?? []) logins.push(credentials);
    for (const credentials of logins) {
      addAccount(loaded.accounts, await fetchAccount(sources.connection, credentials));
      await fetchImageBuilder(sources.connection, loaded.imagebuilder, note, credentials);
    }
  }
  return new World(loaded.accounts, loaded.imagebuilder);
}

export function diagnose(
  world: World,
  options: DoctorOptions = {},
  awsManaged: AwsManagedPolicies = new AwsManagedPolicies(),
): DoctorReport {
  return runChecks(world, awsManaged, defaultCatalog, options);
}

/** A resolver of AWS managed policy documents (for the CloudFormation copies). */
export function awsManagedDocuments(awsManaged = new AwsManagedPolicies()): (arn: string) => unknown {
  return (arn) => {
    const text = awsManaged.defaultDocument(arn);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  };
}

export interface ApplyRound {
  readonly account: string;
  readonly results: readonly Applied[];
}

/**
 * Applies the report's fixes to the endpoint for every account it has credentials for (the default
 * credentials' account, and `accounts`). Returns what was done, per account.
 */
export async function applyFixes(
  report: DoctorReport,
  connection: Connection,
  accounts: ReadonlyMap<string, StaticCredentials> = new Map(),
): Promise<ApplyRound[]> {
  const defaultAccount = await callerAccount(connection);
  const rounds: ApplyRound[] = [];
  for (const [account, actions] of fixPlan(report)) {
    const credentials = account === defaultAccount ? connection.credentials : accounts.get(account);
    if (account !== defaultAccount && !credentials) continue;
    rounds.push({ account, results: await applyActions(connection, actions, credentials) });
  }
  return rounds;
}
