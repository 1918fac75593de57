/**
 * The roles of the signed-in account by name (ListRoles, every page), read once and only when a denial
 * by a role session needs its role's ARN (the session ARN does not carry the role's path). A failed read
 * (AccessDenied) leaves the map empty: those links then carry the action and resource only.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 */
import { ListRolesCommand } from '@aws-sdk/client-iam';
import { useEffect, useState } from 'preact/hooks';
import type { Clients } from '../../aws/clients.js';

export function useRoleArns(clients: Clients, needed: boolean): ReadonlyMap<string, string> {
  const [roles, setRoles] = useState<ReadonlyMap<string, string>>(new Map());
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!needed || started) return;
    setStarted(true);
    (async () => {
      const byName = new Map<string, string>();
      let marker: string | undefined;
      do {
        const out = await clients.iam.send(new ListRolesCommand(marker ? { Marker: marker } : {}));
        for (const role of out.Roles ?? []) {
          if (role.RoleName && role.Arn) byName.set(role.RoleName.toLowerCase(), role.Arn);
        }
        marker = out.IsTruncated ? out.Marker : undefined;
      } while (marker);
      return byName;
    })().then(setRoles, () => undefined);
  }, [needed, started, clients]);
  return roles;
}
