/**
 * The doctor's report on what was read as the caller: the account details and the Image Builder
 * resources go through the doctor's own snapshot readers (as `ibiam doctor --endpoint` reads them), the
 * checks run, and the report is the JSON `ibiam doctor --format json` prints, each finding's `fix` with
 * its actions as data (`actions`: FixAction[]) besides the CLI commands and the policy.
 * The server hands it to ibiam's RunDoctor operation (src/services/ibiam/operations/run-doctor.ts),
 * which may not import the doctor itself: the doctor sits above the services.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import { diagnose } from '../doctor.js';
import { findingJson } from './format-json.js';
import { summarize } from './summary.js';
import { readAccountDetails } from '../snapshot/read-account-details.js';
import { readImageBuilder } from '../snapshot/read-imagebuilder.js';
import { emptyImageBuilderSnapshot } from '../snapshot/types.js';
import { World } from '../world.js';
import type { ResultStruct } from '../../services/common/operation.js';
import type { DoctorReporter } from '../../services/ibiam/doctor/account-reads-type.js';

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
