/**
 * The principals of the trust graph: the users and roles of the account as the callers the engine sees
 * (a user signing with its own key; a role as one of its sessions, since a role acts only through
 * sessions), and the nodes that stand for them. Node ids are what the console merges graphs on: the
 * user's or role's ARN, `arn:aws:iam::ACCOUNT:root` for a whole account, `service:NAME` for a service
 * principal, `federated:PROVIDER` for an identity provider, `*` for anyone.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { RoleRecord, UserRecord } from '../../../store/records.js';
import type { Caller } from '../../common/caller.js';
import { tagRecord } from '../../iam/common/shapes.js';
import { roleSessionCaller } from '../../imagebuilder/builds/principals.js';
import type { GraphNode } from './types.js';

/** The session name the graph's role sessions carry. */
export const GRAPH_SESSION = 'ibiam-trust-graph';

/** A user or role of the account, as a node and as the caller the engine evaluates. */
export interface LocalPrincipal {
  readonly node: GraphNode;
  readonly caller: Caller;
}

export function userCaller(user: UserRecord): Caller {
  return {
    accountId: user.accountId,
    kind: 'user',
    arn: user.arn,
    userId: user.id,
    accessKeyId: `ibiam-trust-graph:${user.arn}`,
    userName: user.name,
    principal: { arn: user.arn, uniqueId: user.id, tags: tagRecord(user.tags) },
  };
}

export const userNode = (user: UserRecord): GraphNode => ({
  id: user.arn,
  kind: 'user',
  account: user.accountId,
  label: user.name,
});

export const roleNode = (role: RoleRecord): GraphNode => ({
  id: role.arn,
  kind: 'role',
  account: role.accountId,
  label: role.name,
});

export function localPrincipals(
  users: readonly UserRecord[],
  roles: readonly RoleRecord[],
): LocalPrincipal[] {
  return [
    ...users.map((user) => ({ node: userNode(user), caller: userCaller(user) })),
    ...roles.map((role) => ({ node: roleNode(role), caller: roleSessionCaller(role, GRAPH_SESSION) })),
  ];
}

export const accountRootArn = (account: string, partition = 'aws') => `arn:${partition}:iam::${account}:root`;

export const serviceNode = (service: string): GraphNode => ({
  id: `service:${service}`,
  kind: 'service',
  label: service,
});
