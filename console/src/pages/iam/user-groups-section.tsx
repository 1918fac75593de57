/**
 * The groups a user belongs to (ListGroupsForUser): add the user to a group, remove it from one.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_add-remove-users.html
 */
import {
  AddUserToGroupCommand,
  ListGroupsCommand,
  ListGroupsForUserCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { Field, Loaded, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';

export function UserGroupsSection(props: { userName: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const UserName = props.userName;
  const state = useAsync(async () => {
    const [mine, all] = await Promise.all([
      allPages(async (Marker) => {
        const out = await iam.send(new ListGroupsForUserCommand({ UserName, Marker }));
        return page(out.Groups, out.IsTruncated, out.Marker);
      }),
      allPages(async (Marker) => {
        const out = await iam.send(new ListGroupsCommand({ Marker }));
        return page(out.Groups, out.IsTruncated, out.Marker);
      }).catch(() => []), // without iam:ListGroups the user's own groups still show
    ]);
    return { mine, all };
  }, [iam, UserName]);
  const action = useAction();
  const [group, setGroup] = useState('');

  return (
    <section aria-label="Groups">
      <h2>Groups</h2>
      <ActionError action={action} />
      <Loaded
        state={state}
        render={({ mine, all }) => {
          const others = all.filter((g) => !mine.some((m) => m.GroupName === g.GroupName));
          return (
            <>
              <Table
                rows={mine}
                empty="Not a member of any group."
                columns={[
                  {
                    title: 'Group name',
                    cell: (g) => <a href={href('iam', 'groups', g.GroupName ?? '')}>{g.GroupName}</a>,
                  },
                  {
                    title: 'Actions',
                    cell: (g) => (
                      <ConfirmButton
                        label="Remove"
                        question={`Remove ${UserName} from ${g.GroupName}?`}
                        confirmLabel="Remove"
                        onConfirm={() =>
                          void action
                            .run(() =>
                              iam.send(new RemoveUserFromGroupCommand({ UserName, GroupName: g.GroupName })),
                            )
                            .then(state.reload)
                        }
                      />
                    ),
                  },
                ]}
              />
              <div class="iam-toolbar">
                <Field label="Add to group">
                  <select name="addToGroup" value={group} onChange={(e) => setGroup(e.currentTarget.value)}>
                    <option value="">Choose a group</option>
                    {others.map((g) => (
                      <option key={g.GroupName} value={g.GroupName}>
                        {g.GroupName}
                      </option>
                    ))}
                  </select>
                </Field>
                <button
                  type="button"
                  disabled={!group || action.busy}
                  onClick={() =>
                    void action
                      .run(() => iam.send(new AddUserToGroupCommand({ UserName, GroupName: group })))
                      .then(() => {
                        setGroup('');
                        state.reload();
                      })
                  }
                >
                  Add user to group
                </button>
              </div>
            </>
          );
        }}
      />
    </section>
  );
}
