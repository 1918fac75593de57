/**
 * One IAM group: its members (GetGroup, paged), add and remove users, attached and inline policies, and
 * "Delete group". https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetGroup.html
 */
import {
  AddUserToGroupCommand,
  DeleteGroupCommand,
  GetGroupCommand,
  ListUsersCommand,
  RemoveUserFromGroupCommand,
  type Group,
  type User,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Field, Loaded, PageTitle, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { allPages } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';
import { AttachedPoliciesSection } from './attached-policies-section.js';
import { InlinePoliciesSection } from './inline-policies-section.js';

export function GroupDetail(props: { name: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const GroupName = props.name;
  const state = useAsync(async () => {
    let group: Group | undefined;
    const members = await allPages(async (Marker) => {
      const out = await iam.send(new GetGroupCommand({ GroupName, Marker }));
      group = out.Group;
      return { items: out.Users ?? [], ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}) };
    });
    const users: User[] = await allPages(async (Marker) => {
      const out = await iam.send(new ListUsersCommand({ Marker }));
      return { items: out.Users ?? [], ...(out.IsTruncated && out.Marker ? { marker: out.Marker } : {}) };
    }).catch(() => []);
    return { group, members, users };
  }, [iam, GroupName]);
  const action = useAction();
  const [user, setUser] = useState('');

  return (
    <section>
      <PageTitle title={GroupName}>
        <ConfirmButton
          label="Delete group"
          question={`Delete the group ${GroupName}?`}
          confirmLabel="Delete"
          onConfirm={() =>
            void action
              .run(() => iam.send(new DeleteGroupCommand({ GroupName })))
              .then((ok) => ok && navigate(href('iam', 'groups')))
          }
        />
      </PageTitle>
      <p>
        <a href={href('iam', 'groups')}>Groups</a> / {GroupName}
      </p>
      <ActionError action={action} />
      <Loaded
        state={state}
        render={({ group, members, users }) => (
          <>
            <dl class="iam-summary">
              <dt>ARN</dt>
              <dd>
                <code>{group?.Arn}</code>
              </dd>
              <dt>Path</dt>
              <dd>{group?.Path}</dd>
              <dt>Created</dt>
              <dd>{formatDate(group?.CreateDate)}</dd>
            </dl>
            <section aria-label="Users in this group">
              <h2>Users in this group</h2>
              <Table
                rows={members}
                empty="No users in this group."
                columns={[
                  {
                    title: 'User name',
                    cell: (u) => <a href={href('iam', 'users', u.UserName ?? '')}>{u.UserName}</a>,
                  },
                  {
                    title: 'Actions',
                    cell: (u) => (
                      <ConfirmButton
                        label="Remove"
                        question={`Remove ${u.UserName} from ${GroupName}?`}
                        confirmLabel="Remove"
                        onConfirm={() =>
                          void action
                            .run(() =>
                              iam.send(new RemoveUserFromGroupCommand({ GroupName, UserName: u.UserName })),
                            )
                            .then(state.reload)
                        }
                      />
                    ),
                  },
                ]}
              />
              <div class="iam-toolbar">
                <Field label="Add user">
                  <select name="addUser" value={user} onChange={(e) => setUser(e.currentTarget.value)}>
                    <option value="">Choose a user</option>
                    {users
                      .filter((u) => !members.some((m) => m.UserName === u.UserName))
                      .map((u) => (
                        <option key={u.UserName} value={u.UserName}>
                          {u.UserName}
                        </option>
                      ))}
                  </select>
                </Field>
                <button
                  type="button"
                  disabled={!user || action.busy}
                  onClick={() =>
                    void action
                      .run(() => iam.send(new AddUserToGroupCommand({ GroupName, UserName: user })))
                      .then(() => {
                        setUser('');
                        state.reload();
                      })
                  }
                >
                  Add user to group
                </button>
              </div>
            </section>
          </>
        )}
      />
      <AttachedPoliciesSection kind="group" name={GroupName} />
      <InlinePoliciesSection kind="group" name={GroupName} />
    </section>
  );
}
