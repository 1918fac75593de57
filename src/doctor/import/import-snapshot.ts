/**
 * `ibiam import`: writes an account snapshot into ibiam's store as the records IAM operations keep, so
 * that simulation, builds and the console run against a copy of a real account. The account is created
 * when the store has none of that id (its new root credentials are returned); entities of the snapshot
 * replace those of the same name. AWS managed policies are not copied: ibiam serves them itself.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import { createAccount, type AccountCredentials } from '../../services/common/accounts.js';
import { uniqueId, type IdPrefix } from '../../services/common/ids.js';
import { AWS_MANAGED_PREFIX } from '../../services/iam/aws-managed/catalog.js';
import type { InlinePolicy, Tag } from '../../store/records.js';
import type { StoreTx } from '../../store/store.js';
import type { AccountSnapshot, IamEntity, NamedDocument } from '../snapshot/types.js';

export interface ImportResult {
  readonly accountId: string;
  /** Root credentials, when the account was created by the import. */
  readonly created?: AccountCredentials;
  readonly users: number;
  readonly groups: number;
  readonly roles: number;
  readonly policies: number;
  readonly instanceProfiles: number;
}

const DEFAULT_MAX_SESSION_DURATION = 3600;

const tags = (map: Readonly<Record<string, string>>): Tag[] =>
  Object.entries(map).map(([Key, Value]) => ({ Key, Value }));
const inline = (list: readonly NamedDocument[]): InlinePolicy[] =>
  list.map((p) => ({ name: p.name, document: JSON.stringify(p.document) }));

function base(accountId: string, e: IamEntity, prefix: IdPrefix, now: string) {
  return {
    accountId,
    name: e.name,
    id: e.id ?? uniqueId(prefix),
    path: e.path,
    arn: e.arn,
    createDate: e.createDate ?? now,
  };
}

export async function importAccount(
  tx: StoreTx,
  snapshot: AccountSnapshot,
  now: Date,
): Promise<ImportResult> {
  const a = snapshot.accountId;
  const at = now.toISOString();
  const created = (await tx.get('accounts', '', a)) ? undefined : await createAccount(tx, a, now);
  for (const u of snapshot.users) {
    await tx.put('users', a, u.name.toLowerCase(), {
      ...base(a, u, 'AIDA', at),
      tags: tags(u.tags),
      ...(u.boundaryArn ? { permissionsBoundaryArn: u.boundaryArn } : {}),
      groups: [...u.groups],
      attachedPolicies: [...u.attached],
      inlinePolicies: inline(u.inline),
    });
  }
  for (const g of snapshot.groups) {
    await tx.put('groups', a, g.name.toLowerCase(), {
      ...base(a, g, 'AGPA', at),
      attachedPolicies: [...g.attached],
      inlinePolicies: inline(g.inline),
    });
  }
  for (const r of snapshot.roles) {
    await tx.put('roles', a, r.name.toLowerCase(), {
      ...base(a, r, 'AROA', at),
      assumeRolePolicyDocument: JSON.stringify(r.trust),
      ...(r.description ? { description: r.description } : {}),
      maxSessionDuration: r.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
      ...(r.boundaryArn ? { permissionsBoundaryArn: r.boundaryArn } : {}),
      tags: tags(r.tags),
      attachedPolicies: [...r.attached],
      inlinePolicies: inline(r.inline),
    });
  }
  let policies = 0;
  for (const p of snapshot.policies) {
    if (p.arn.startsWith(AWS_MANAGED_PREFIX)) continue;
    const versions =
      p.versions.length > 0
        ? p.versions
        : p.document !== undefined
          ? [{ versionId: 'v1', document: p.document }]
          : [];
    if (versions.length === 0) continue;
    const numbers = versions.map((v) => Number(v.versionId.replace(/^v/, '')) || 1);
    await tx.put('policies', a, p.name.toLowerCase(), {
      ...base(a, p, 'ANPA', at),
      ...(p.description ? { description: p.description } : {}),
      updateDate: at,
      defaultVersionId: p.defaultVersionId ?? versions[0]!.versionId,
      versions: versions.map((v) => ({
        versionId: v.versionId,
        document: JSON.stringify(v.document),
        createDate: at,
      })),
      nextVersion: Math.max(...numbers) + 1,
      tags: [],
    });
    policies++;
  }
  for (const ip of snapshot.instanceProfiles) {
    await tx.put('instance-profiles', a, ip.name.toLowerCase(), {
      ...base(a, ip, 'AIPA', at),
      roleNames: ip.roles.slice(0, 1),
      tags: tags(ip.tags),
    });
  }
  return {
    accountId: a,
    ...(created ? { created } : {}),
    users: snapshot.users.length,
    groups: snapshot.groups.length,
    roles: snapshot.roles.length,
    policies,
    instanceProfiles: snapshot.instanceProfiles.length,
  };
}
