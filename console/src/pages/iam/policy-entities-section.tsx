/**
 * The users, groups and roles a managed policy is attached to (ListEntitiesForPolicy), Detach, and the
 * seeds' way round: from the policy, "Attach" it to a user, group or role.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListEntitiesForPolicy.html
 */
import {
  ListEntitiesForPolicyCommand,
  ListGroupsCommand,
  ListRolesCommand,
  ListUsersCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { Field, Loaded, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { allPages } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';
import { principalPolicies, type PrincipalKind } from './principal-commands.js';

interface Entity {
  readonly kind: PrincipalKind;
  readonly name: string;
}

const KIND_LABEL: Record<PrincipalKind, string> = { user: 'User', group: 'Group', role: 'Role' };

export function PolicyEntitiesSection(props: { arn: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const PolicyArn = props.arn;
  const entities = useAsync(async () => {
    const rows: Entity[] = [];
    await allPages(async (Marker) => {
      const out = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn, Marker }));
      for (const u of out.PolicyUsers ?? []) rows.push({ kind: 'user', name: u.UserName ?? '' });
      for (const g of out.PolicyGroups ?? []) rows.push({ kind: 'group', name: g.GroupName ?? '' });
      for (const r of out.PolicyRoles ?? []) rows.push({ kind: 'role', name: r.RoleName ?? '' });
      return { items: [], ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}) };
    });
    return rows;
  }, [iam, PolicyArn]);
  const action = useAction();
  const [kind, setKind] = useState<PrincipalKind>('role');
  const [name, setName] = useState('');
  const names = useAsync(
    () =>
      allPages(async (Marker) => {
        if (kind === 'user') {
          const out = await iam.send(new ListUsersCommand({ Marker }));
          return {
            items: (out.Users ?? []).map((u) => u.UserName ?? ''),
            ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}),
          };
        }
        if (kind === 'group') {
          const out = await iam.send(new ListGroupsCommand({ Marker }));
          return {
            items: (out.Groups ?? []).map((g) => g.GroupName ?? ''),
            ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}),
          };
        }
        const out = await iam.send(new ListRolesCommand({ Marker }));
        return {
          items: (out.Roles ?? []).map((r) => r.RoleName ?? ''),
          ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}),
        };
      }),
    [iam, kind],
  );
  const listId = `entity-names-${kind}`;

  return (
    <section aria-label="Entities attached">
      <h2>Entities attached</h2>
      <ActionError action={action} />
      <Loaded
        state={entities}
        render={(rows) => (
          <Table
            rows={rows}
            empty="Not attached to any user, group or role."
            columns={[
              { title: 'Entity', cell: (e) => <a href={href('iam', `${e.kind}s`, e.name)}>{e.name}</a> },
              { title: 'Type', cell: (e) => KIND_LABEL[e.kind] },
              {
                title: 'Actions',
                cell: (e) => (
                  <ConfirmButton
                    label="Detach"
                    question={`Detach from ${e.name}?`}
                    confirmLabel="Detach"
                    onConfirm={() =>
                      void action
                        .run(() => principalPolicies(iam, e.kind, e.name).detach(PolicyArn))
                        .then(entities.reload)
                    }
                  />
                ),
              },
            ]}
          />
        )}
      />
      <div class="iam-toolbar">
        <Field label="Attach to">
          <select
            name="attachKind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PrincipalKind)}
          >
            <option value="user">User</option>
            <option value="group">Group</option>
            <option value="role">Role</option>
          </select>
        </Field>
        <Field label="Name">
          <input
            name="attachName"
            list={listId}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <datalist id={listId}>
            {(names.value ?? []).map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </Field>
        <button
          type="button"
          disabled={!name.trim() || action.busy}
          onClick={() =>
            void action
              .run(() => principalPolicies(iam, kind, name.trim()).attach(PolicyArn))
              .then((ok) => {
                if (ok) setName('');
                entities.reload();
              })
          }
        >
          Attach policy
        </button>
      </div>
    </section>
  );
}
