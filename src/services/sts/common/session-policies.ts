/**
 * Session policies: the inline Policy (a session-policy document of at most 2,048 characters, else
 * InvalidParameterValue "Session policy should not exceed 2048 characters", as an AWS transcript in
 * leggedrobotics/kleinkram#416 shows; a bad document is MalformedPolicyDocument) and up to 10 managed
 * PolicyArns (`PolicyArns.member.N.arn`), which must exist in the session's account or be AWS managed.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
 */
import type { InlinePolicy } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import { managedPolicyDocument, arnAccountOf } from '../../common/enforce/policy-documents.js';
import type { InputParams } from '../../common/operation.js';
import { validationError } from '../../common/service-error.js';
import type { AwsManagedPolicies } from '../../iam/aws-managed/catalog.js';
import { checkPolicyDocument } from '../../iam/common/policy-document.js';
import { invalidParameterValue } from './errors.js';
import { MAX_POLICY_ARNS } from './rules.js';

export interface SessionPolicies {
  readonly policy?: string;
  readonly policyArns: readonly string[];
}

const MAX_INLINE_CHARACTERS = 2048;
/** arnType's lengths. */
const ARN_LENGTH = { min: 20, max: 2048 } as const;

/** Reads `PolicyArns` (a list of `{arn}` structures); throws ValidationError for a bad list. */
export function readPolicyArns(params: InputParams): string[] {
  const raw = params['PolicyArns'];
  if (raw === undefined || raw === '') return [];
  const fail = (value: string | null, where: string, constraint: string) =>
    `Value ${value === null ? 'null' : `'${value}'`} at '${where}' failed to satisfy constraint: Member must ${constraint}`;
  if (!Array.isArray(raw)) throw validationError([fail(null, 'policyArns', 'be a list')]);
  const problems: string[] = [];
  if (raw.length > MAX_POLICY_ARNS) {
    problems.push(fail(null, 'policyArns', `have length less than or equal to ${MAX_POLICY_ARNS}`));
  }
  const arns = raw.map((item: unknown, index) => {
    const arn = typeof item === 'object' && item !== null ? (item as InputParams)['arn'] : undefined;
    const where = `policyArns.${index + 1}.member.arn`;
    if (typeof arn !== 'string') problems.push(fail(null, where, 'not be null'));
    else if (arn.length < ARN_LENGTH.min)
      problems.push(fail(arn, where, `have length greater than or equal to ${ARN_LENGTH.min}`));
    else if (arn.length > ARN_LENGTH.max)
      problems.push(fail(arn, where, `have length less than or equal to ${ARN_LENGTH.max}`));
    return typeof arn === 'string' ? arn : '';
  });
  if (problems.length > 0) throw validationError(problems);
  return arns;
}

/** Checks the inline session policy: its length, then its grammar as a session policy. */
export function checkInlineSessionPolicy(policy: string | undefined): void {
  if (policy === undefined) return;
  if (policy.length > MAX_INLINE_CHARACTERS) {
    throw invalidParameterValue('Session policy should not exceed 2048 characters');
  }
  checkPolicyDocument(policy, 'session');
}

/** Requires every managed session policy to exist, as an AWS managed policy or in `account`. */
export async function requirePolicyArns(
  tx: StoreTx,
  awsManaged: AwsManagedPolicies,
  arns: readonly string[],
  account: string,
): Promise<void> {
  for (const arn of arns) {
    const owner = arnAccountOf(arn);
    const document =
      owner === 'aws' || owner === account ? await managedPolicyDocument(tx, awsManaged, arn) : undefined;
    if (document === undefined) {
      throw invalidParameterValue(`Policy ${arn} does not exist or is not attachable.`);
    }
  }
}

/** The session's policies as the SessionRecord keeps them. */
export function sessionPolicyFields(policies: SessionPolicies): {
  sessionPolicies?: InlinePolicy[];
  sessionPolicyArns?: string[];
} {
  return {
    ...(policies.policy !== undefined
      ? { sessionPolicies: [{ name: 'inline', document: policies.policy }] }
      : {}),
    ...(policies.policyArns.length > 0 ? { sessionPolicyArns: [...policies.policyArns] } : {}),
  };
}
