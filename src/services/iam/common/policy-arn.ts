/**
 * Managed policy ARNs as the policy operations accept them: `arn:aws:iam::ACCOUNT:policy/PATH/NAME` for
 * customer managed policies and `arn:aws:iam::aws:policy/PATH/NAME` for AWS managed ones. IAM validates
 * every element of an ARN it is given and answers a malformed one with InvalidInput `ARN <arn> is not
 * valid.` (the message AWS returns, e.g. in aws-samples/aws-cdk-examples#287).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
import { invalidInput } from '../../common/service-error.js';

/** Account (12 digits or `aws`), path (`/` or `/a/b/`, policy path characters) and name. */
const POLICY_ARN = /^arn:aws:iam::(\d{12}|aws):policy(\/(?:[A-Za-z0-9.,+@=_-]+\/)*)([\w+=,.@-]{1,128})$/;

export interface PolicyArn {
  readonly arn: string;
  /** The owning account: 12 digits, or `aws` for AWS managed policies. */
  readonly account: string;
  readonly path: string;
  readonly name: string;
  readonly awsManaged: boolean;
}

/** The parts of a managed policy ARN; InvalidInput with AWS's message when it is not one. */
export function parsePolicyArn(arn: string): PolicyArn {
  const match = POLICY_ARN.exec(arn);
  if (!match) throw invalidInput(`ARN ${arn} is not valid.`);
  const account = match[1]!;
  return { arn, account, path: match[2]!, name: match[3]!, awsManaged: account === 'aws' };
}
