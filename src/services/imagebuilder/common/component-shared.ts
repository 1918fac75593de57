/**
 * Which resources a List* operation shows for an `owner`: Self is the caller's account; Shared is other
 * accounts' resources (in the same Region) whose resource policy grants the caller the List action —
 * what sharing with PutComponentPolicy and its siblings does; Amazon, ThirdParty and AWSMarketplace are
 * AWS-owned resources, which ibiam does not model (always empty).
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
 */
import { listAccounts } from '../../common/accounts.js';
import type { OperationContext } from '../../common/operation.js';
import type { ImageBuilderResourceType } from './arns.js';
import { resourcePolicyGrants } from './policy-grants.js';
import { listResources, type StoredResource } from './resources.js';

export const OWNERSHIPS = ['Self', 'Shared', 'Amazon', 'ThirdParty', 'AWSMarketplace'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export async function visibleResources<T>(
  ctx: OperationContext,
  type: ImageBuilderResourceType,
  owner: Ownership,
  listAction: string,
): Promise<StoredResource<T>[]> {
  const self = ctx.caller.accountId;
  if (owner === 'Self') return listResources<T>(ctx.tx, type, self, ctx.region);
  if (owner !== 'Shared') return [];
  const shared: StoredResource<T>[] = [];
  for (const account of await listAccounts(ctx.tx)) {
    if (account === self) continue;
    for (const stored of await listResources<T>(ctx.tx, type, account, ctx.region)) {
      const granted = resourcePolicyGrants(stored.policy, {
        principal: ctx.caller.principal,
        action: listAction,
        resource: stored.arn,
        resourceTags: stored.tags,
        region: ctx.region,
        now: ctx.now,
      });
      if (granted) shared.push(stored);
    }
  }
  return shared;
}
