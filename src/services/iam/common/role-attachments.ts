/**
 * What is particular to managed policies on roles: AWS managed policies under `/aws-service-role/` are
 * service role policies, attachable only to their service's service-linked role (IAM answers
 * PolicyNotAttachable "Cannot attach a Service Role Policy to a Customer Role."), and the policy path
 * that ListAttachedRolePolicies filters on, read from the policy ARN (`arn:aws:iam::ACCOUNT:policy/PATH/NAME`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAttachedRolePolicies.html
 */
import { policyNotAttachable } from '../../common/service-error.js';
import { AWS_MANAGED_PREFIX } from '../aws-managed/catalog.js';

export const SERVICE_ROLE_POLICY_PREFIX = `${AWS_MANAGED_PREFIX}aws-service-role/`;

/** Throws PolicyNotAttachable for a service role policy attached to a role a customer manages. */
export function checkAttachableToRole(policyArn: string): void {
  if (policyArn.startsWith(SERVICE_ROLE_POLICY_PREFIX)) {
    throw policyNotAttachable('Cannot attach a Service Role Policy to a Customer Role.');
  }
}

/** The path of a managed policy, from its ARN: `/` or `/PATH/`. */
export function policyPathOf(policyArn: string): string {
  const resource = policyArn.slice(policyArn.indexOf(':policy/') + ':policy'.length);
  return resource.slice(0, resource.lastIndexOf('/') + 1);
}
