/**
 * IAM users: the paged list (ListUsers) and "Create user" (CreateUser), which lands on the new user's page.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html
 */
import { CreateUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Field, PageTitle } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { page } from '../../ui/iam-pages.js';
import { PagedTable, usePagedList } from '../../ui/iam-paged-list.js';

export function UsersPage() {
  const { clients } = useApp();
  const list = usePagedList(
    async (Marker) => {
      const out = await clients.iam.send(new ListUsersCommand({ Marker, MaxItems: 100 }));
      return page(out.Users, out.IsTruncated, out.Marker);
    },
    [clients],
  );
  const [creating, setCreating] = useState(false);
  return (
    <section>
      <PageTitle title="Users">
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            Create user
          </button>
        )}
      </PageTitle>
      {creating && <CreateNamed kind="user" onCancel={() => setCreating(false)} />}
      <PagedTable
        list={list}
        noun="users"
        filterText={(user) => `${user.UserName} ${user.Arn}`}
        columns={[
          {
            title: 'User name',
            cell: (user) => <a href={href('iam', 'users', user.UserName ?? '')}>{user.UserName}</a>,
          },
          { title: 'Path', cell: (user) => user.Path },
          { title: 'ARN', cell: (user) => <code>{user.Arn}</code> },
          { title: 'Created', cell: (user) => formatDate(user.CreateDate) },
        ]}
      />
    </section>
  );
}

/** The small create form users and groups share: a name and a path. */
export function CreateNamed(props: {
  kind: 'user' | 'group';
  onCancel: () => void;
  create?: (name: string, path: string) => Promise<unknown>;
}) {
  const { clients } = useApp();
  const [name, setName] = useState('');
  const [path, setPath] = useState('/');
  const action = useAction();
  const noun = props.kind === 'user' ? 'User' : 'Group';
  const submit = async () => {
    const ok = await action.run(
      () =>
        props.create?.(name.trim(), path.trim()) ??
        clients.iam.send(new CreateUserCommand({ UserName: name.trim(), Path: path.trim() })),
    );
    if (ok) navigate(href('iam', `${props.kind}s`, name.trim()));
  };
  return (
    <form
      class="iam-panel"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>Create {props.kind}</h2>
      <Field label={`${noun} name`}>
        <input name={`${props.kind}Name`} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Field label="Path">
        <input name="path" value={path} onInput={(e) => setPath(e.currentTarget.value)} />
      </Field>
      <ActionError action={action} />
      <div class="buttons">
        <button type="submit" disabled={action.busy || !name.trim()}>
          Create {props.kind}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
