/**
 * Instance profiles: the paged list (ListInstanceProfiles) with each one's role, and "Create instance
 * profile" (CreateInstanceProfile). An instance profile carries the role an EC2 instance (an Image
 * Builder build instance) runs as. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html
 */
import { CreateInstanceProfileCommand, ListInstanceProfilesCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Field, PageTitle } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { page } from '../../ui/iam-pages.js';
import { PagedTable, usePagedList } from '../../ui/iam-paged-list.js';

export function InstanceProfilesPage() {
  const { clients } = useApp();
  const list = usePagedList(
    async (Marker) => {
      const out = await clients.iam.send(new ListInstanceProfilesCommand({ Marker, MaxItems: 100 }));
      return page(out.InstanceProfiles, out.IsTruncated, out.Marker);
    },
    [clients],
  );
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [path, setPath] = useState('/');
  const action = useAction();
  const create = async () => {
    const InstanceProfileName = name.trim();
    const ok = await action.run(() =>
      clients.iam.send(new CreateInstanceProfileCommand({ InstanceProfileName, Path: path.trim() || '/' })),
    );
    if (ok) navigate(href('iam', 'instance-profiles', InstanceProfileName));
  };
  return (
    <section>
      <PageTitle title="Instance profiles">
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            Create instance profile
          </button>
        )}
      </PageTitle>
      {creating && (
        <form
          class="iam-panel"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <h2>Create instance profile</h2>
          <Field label="Instance profile name">
            <input name="instanceProfileName" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <Field label="Path">
            <input name="path" value={path} onInput={(e) => setPath(e.currentTarget.value)} />
          </Field>
          <ActionError action={action} />
          <div class="buttons">
            <button type="submit" disabled={action.busy || !name.trim()}>
              Create instance profile
            </button>
            <button type="button" class="secondary" onClick={() => setCreating(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <PagedTable
        list={list}
        noun="instance profiles"
        filterText={(p) => `${p.InstanceProfileName} ${(p.Roles ?? []).map((r) => r.RoleName).join(' ')}`}
        columns={[
          {
            title: 'Instance profile name',
            cell: (p) => (
              <a href={href('iam', 'instance-profiles', p.InstanceProfileName ?? '')}>
                {p.InstanceProfileName}
              </a>
            ),
          },
          {
            title: 'Role',
            cell: (p) =>
              (p.Roles ?? []).map((r) => (
                <a key={r.RoleName} href={href('iam', 'roles', r.RoleName ?? '')}>
                  {r.RoleName}
                </a>
              )),
          },
          { title: 'Path', cell: (p) => p.Path },
          { title: 'Created', cell: (p) => formatDate(p.CreateDate) },
        ]}
      />
    </section>
  );
}
