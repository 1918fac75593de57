/**
 * The principals outside the account that a role's trust policy names, read from the engine's parsed
 * document (the Principal elements of its Allow statements): other accounts (an account id or its root
 * ARN), users, roles and role sessions of other accounts, service principals, identity providers and
 * anyone (`*`, or an Allow with NotPrincipal). Each comes with the principal the engine evaluates the
 * request as, and the STS action such a principal calls. Principals of the account itself are left out:
 * their edges come from the engine's full decision (side `both`). Whether a named principal may in fact
 * assume the role is still the engine's decision (conditions, Deny statements).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html
 */
import type { PrincipalInfo } from '../../../policy/authorize/types.js';
import type { PolicyDocument } from '../../../policy/document/ast.js';
import { accountRootArn, GRAPH_SESSION, serviceNode } from './principals.js';
import type { GraphNode } from './types.js';

export interface NamedPrincipal {
  readonly node: GraphNode;
  /** Who the engine sees making the request. */
  readonly principal: PrincipalInfo;
  /** The STS actions such a principal calls to assume a role. */
  readonly actions: readonly string[];
  /** For a service principal: its name. */
  readonly service?: string;
}

const ASSUME = ['sts:AssumeRole'];
const ANYONE: NamedPrincipal = {
  node: { id: '*', kind: 'anyone', label: 'Anyone (*)' },
  principal: { arn: '*' },
  actions: ASSUME,
};

const IAM_ARN = /^arn:([\w-]+):(iam|sts)::(\d{12}):(.+)$/;

/** An `AWS` principal value, or undefined when it is of the account or cannot be evaluated. */
function awsPrincipal(value: string, account: string): NamedPrincipal | undefined {
  if (value === '*') return ANYONE;
  const bare = /^\d{12}$/.test(value) ? value : undefined;
  const match = IAM_ARN.exec(value);
  const [, partition = 'aws', service, owner = bare, resource = 'root'] = match ?? [];
  if (owner === undefined || owner === account) return undefined;
  const base = { actions: ASSUME };
  if (service !== 'sts' && resource === 'root') {
    const arn = accountRootArn(owner, partition);
    return {
      ...base,
      node: { id: arn, kind: 'account', account: owner, label: `Account ${owner}` },
      principal: { arn },
    };
  }
  const name = resource.slice(resource.lastIndexOf('/') + 1);
  if (service === 'iam' && resource.startsWith('user/')) {
    return {
      ...base,
      node: { id: value, kind: 'user', account: owner, label: name },
      principal: { arn: value },
    };
  }
  if (service === 'iam' && resource.startsWith('role/')) {
    const session = `arn:${partition}:sts::${owner}:assumed-role/${name}/${GRAPH_SESSION}`;
    return {
      ...base,
      node: { id: value, kind: 'role', account: owner, label: name },
      principal: { arn: session, roleArn: value },
    };
  }
  if (service === 'sts' && resource.startsWith('assumed-role/')) {
    const label = resource.slice('assumed-role/'.length);
    return { ...base, node: { id: value, kind: 'role', account: owner, label }, principal: { arn: value } };
  }
  return undefined;
}

function federatedPrincipal(value: string): NamedPrincipal {
  const owner = IAM_ARN.exec(value)?.[3];
  const provider = value.slice(value.lastIndexOf('/') + 1) || value;
  return {
    node: {
      id: `federated:${value}`,
      kind: 'federated',
      ...(owner ? { account: owner } : {}),
      label: provider,
    },
    principal: { arn: value },
    actions: value.includes(':saml-provider/')
      ? ['sts:AssumeRoleWithSAML']
      : ['sts:AssumeRoleWithWebIdentity'],
  };
}

/** The principals outside `account` that the trust policy's Allow statements name, each once. */
export function principalsOutside(document: PolicyDocument, account: string): NamedPrincipal[] {
  const found = new Map<string, NamedPrincipal>();
  const add = (named: NamedPrincipal | undefined) => {
    if (named && !found.has(named.node.id)) found.set(named.node.id, named);
  };
  for (const statement of document.statements) {
    if (statement.effect !== 'Allow') continue;
    if (statement.notPrincipal !== undefined || statement.principal === '*') add(ANYONE);
    const block = statement.principal;
    if (block === undefined || block === '*') continue;
    for (const value of block.AWS ?? []) add(awsPrincipal(value, account));
    for (const service of block.Service ?? []) {
      add({ node: serviceNode(service), principal: { arn: service }, actions: ASSUME, service });
    }
    for (const provider of block.Federated ?? []) add(federatedPrincipal(provider));
  }
  return [...found.values()];
}
