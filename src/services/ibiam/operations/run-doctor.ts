/**
 * RunDoctor (GET /_ibiam/api/doctor): the Image Builder prerequisites report for the caller's account,
 * as `ibiam doctor --format json` prints it, with each fix's actions as data (the console applies them
 * through the SDK as the signed-in principal). It is built only from what the caller may read: the IAM
 * and Image Builder calls the doctor's endpoint mode makes (GetAccountAuthorizationDetails,
 * ListInstanceProfiles, the Image Builder List/Get calls of the request's Region) run in-process as the
 * caller, each authorized and logged; the first denial answers AccessDeniedException. Those calls are
 * the operation's authorization, so `access` names nothing more.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-setting-up.html
 */
import { defineOperation, type Operation } from '../../common/operation.js';
import { readAccountAsCaller } from '../doctor/account-reads.js';
import type { DoctorReporter } from '../doctor/account-reads-type.js';
import { readImageBuilderAsCaller } from '../doctor/imagebuilder-reads.js';
import { readQuery } from '../common/query-input.js';

/** The operation, with the doctor that turns the reads into the report. */
export function defineRunDoctor(report: DoctorReporter): Operation<Record<string, never>> {
  return defineOperation({
    name: 'RunDoctor',
    http: { method: 'GET', uri: '/_ibiam/api/doctor' },
    write: false,
    input: (params) => readQuery(params, () => ({})),
    // Authorized by the calls it makes as the caller (iam:GetAccountAuthorizationDetails first).
    access: () => [],
    async run(_input, ctx) {
      const accountDetails = await readAccountAsCaller(ctx);
      const imagebuilder = await readImageBuilderAsCaller(ctx);
      const account = ctx.caller.accountId;
      return report(
        { account, source: `account ${account}`, region: ctx.region, accountDetails, imagebuilder },
        ctx.awsManaged,
      );
    },
  });
}
