/**
 * IAM ARNs: `arn:aws:iam::ACCOUNT:TYPE/PATH...NAME` for users, groups, roles, managed policies and
 * instance profiles.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns
 */
export type IamResourceType = 'user' | 'group' | 'role' | 'policy' | 'instance-profile';

export function iamArn(account: string, type: IamResourceType, path: string, name: string): string {
  return `arn:aws:iam::${account}:${type}${path}${name}`;
}
