/**
 * The RoleArn of AssumeRole: its syntax (AWS answers `ValidationError: <arn> is invalid` for a string
 * that is not an ARN at all, as LocalStack's AWS-validated snapshot `test_sts_invalid_parameters`
 * records) and the role it names, looked up in the ARN's own account, so a role of another account of the
 * same store can be assumed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
import type { RoleRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import { plainValidationError } from './errors.js';

export interface RoleArnParts {
  readonly account: string;
  /** `/` or `/a/b/` */
  readonly path: string;
  readonly name: string;
}

/**
 * Whether the text has an ARN's shape: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE` with a partition,
 * a service and a resource (region and account may be empty).
 */
export function isArnSyntax(text: string): boolean {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return false;
  const [, partition, service] = parts;
  const resource = parts.slice(5).join(':');
  return partition !== '' && service !== '' && resource !== '';
}

/** Throws AWS's ValidationError when the RoleArn is not an ARN. */
export function checkArnSyntax(arn: string): void {
  if (!isArnSyntax(arn)) throw plainValidationError(`${arn} is invalid`);
}

/** The account, path and name of an IAM role ARN, or undefined when the ARN names no IAM role. */
export function roleArnParts(arn: string): RoleArnParts | undefined {
  const match = /^arn:aws:iam::(\d{12}):role(\/(?:[^/]+\/)*)([^/]+)$/.exec(arn);
  if (!match) return undefined;
  const [, account = '', path = '/', name = ''] = match;
  return { account, path, name };
}

/** The role the ARN names (path and name exactly as stored), or undefined. */
export async function roleAtArn(tx: StoreTx, arn: string): Promise<RoleRecord | undefined> {
  const parts = roleArnParts(arn);
  if (!parts) return undefined;
  const role = await tx.get('roles', parts.account, parts.name.toLowerCase());
  return role && role.arn === arn ? role : undefined;
}
