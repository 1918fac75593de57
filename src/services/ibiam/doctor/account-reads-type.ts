/**
 * What RunDoctor reads as the caller from one account, and the doctor it hands the reads to. The doctor
 * (src/doctor, above the services) supplies the function: the server wires it in (rest-services.ts).
 */
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
