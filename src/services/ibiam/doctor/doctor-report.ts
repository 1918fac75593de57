/**
 * The doctor's report on what was read as the caller: the account details and the Image Builder
 * resources go through the doctor's own snapshot readers (as `ibiam doctor --endpoint` reads them), the
 * checks run, and the report is the JSON `ibiam doctor --format json` prints, each finding's `fix` with
 * its actions as data (`actions`: FixAction[]) besides the CLI commands and the policy.
 *
 * This is the one module of src/services that imports src/doctor: the doctor sits above the services (it
 * imports services/iam and services/common), and ARCHITECTURE.md lets services import only policy and
 * store. test/architecture.test.ts does not enforce that for services; the run-doctor operation receives
 * this function as a parameter (defineRunDoctor) so that it can move to where the rule allows.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import { diagnose } from '../../../doctor/doctor.js';
import { findingJson } from '../../../doctor/report/format-json.js';
import { summarize } from '../../../doctor/report/summary.js';
import { readAccountDetails } from '../../../doctor/snapshot/read-account-details.js';
import { readImageBuilder } from '../../../doctor/snapshot/read-imagebuilder.js';
import { emptyImageBuilderSnapshot } from '../../../doctor/snapshot/types.js';
import { World } from '../../../doctor/world.js';
import type { ResultStruct } from '../../common/operation.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';

/** What was read, as the caller, from one account. */
export interface AccountReads {
  readonly account: string;
  /** Where the reads came from, for the report's messages. */
  readonly source: string;
  readonly region: string;
  /** The AWS CLI's get-account-authorization-details shape (with InstanceProfiles). */
  readonly accountDetails: unknown;
  /** The Image Builder resources, keyed as the doctor's reader expects. */
  readonly imagebuilder: Readonly<Record<string, readonly unknown[]>>;
}

export type DoctorReporter = (reads: AccountReads, awsManaged: AwsManagedPolicies) => ResultStruct;

export const doctorReport: DoctorReporter = (reads, awsManaged) => {
  const account = readAccountDetails(reads.source, reads.accountDetails, reads.account);
  const imagebuilder = emptyImageBuilderSnapshot();
  for (const [key, items] of Object.entries(reads.imagebuilder)) {
    readImageBuilder(`${reads.source} ${key}`, { [key]: items }, imagebuilder);
  }
  const report = diagnose(new World([account], imagebuilder), { region: reads.region }, awsManaged);
  const findings = report.findings.map((finding) => {
    const json = findingJson(finding);
    return { ...json, fix: { ...json.fix, actions: finding.fix?.actions ?? [] } };
  });
  // The doctor's JSON values (policy documents) are plain JSON: a round trip gives them the output's type.
  return JSON.parse(JSON.stringify({ findings, summary: summarize(report) })) as ResultStruct;
};
