/**
 * Checks a role trust policy the way IAM does when it stores one (CreateRole, UpdateAssumeRolePolicy): the
 * trust-policy grammar, the ACLSizePerRole quota (2,048 characters without whitespace), and that every IAM
 * user or role of the same account named as an AWS principal exists. IAM turns principal ARNs into unique
 * ids when it saves the policy, so an ARN that names nothing is refused with MalformedPolicyDocument
 * `Invalid principal in policy: "AWS":"<arn>"`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
 */
import type { PolicyDocument } from '../../../policy/document/ast.js';
import type { StoreTx } from '../../../store/store.js';
import { malformedPolicyDocument } from '../../common/service-error.js';
import { checkPolicyDocument, checkQuota, QUOTAS } from './policy-document.js';

/** `arn:aws:iam::ACCOUNT:user|role/PATH/NAME`, without wildcards. */
const IAM_PRINCIPAL_ARN = /^arn:aws:iam::(\d{12}):(user|role)(\/(?:[^*?]*\/)?)([^/*?]+)$/;

/** The AWS principal values of the document's statements, in order. */
function awsPrincipals(document: PolicyDocument): string[] {
  const values: string[] = [];
  for (const statement of document.statements) {
    const principal = statement.principal;
    if (principal && principal !== '*') values.push(...(principal.AWS ?? []));
  }
  return values;
}

/** Throws MalformedPolicyDocument naming the first same-account user or role ARN that does not exist. */
async function checkPrincipalsExist(tx: StoreTx, account: string, document: PolicyDocument) {
  for (const value of awsPrincipals(document)) {
    const match = IAM_PRINCIPAL_ARN.exec(value);
    if (!match || match[1] !== account) continue;
    const [, , type, path, name] = match as unknown as [string, string, 'user' | 'role', string, string];
    const record = await tx.get(type === 'user' ? 'users' : 'roles', account, name.toLowerCase());
    if (!record || record.path !== path) {
      throw malformedPolicyDocument(`Invalid principal in policy: "AWS":"${value}"`);
    }
  }
}

/** Checks a trust policy for the account's role; throws MalformedPolicyDocument or LimitExceeded. */
export async function checkTrustPolicy(tx: StoreTx, account: string, text: string): Promise<void> {
  const document = checkPolicyDocument(text, 'trust');
  checkQuota(text, QUOTAS.roleTrustPolicy, 'ACLSizePerRole');
  await checkPrincipalsExist(tx, account, document);
}
