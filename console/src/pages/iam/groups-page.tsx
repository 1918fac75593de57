/**
 * IAM groups: the paged list (ListGroups) and "Create group" (CreateGroup).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_create.html
 */
import { CreateGroupCommand, ListGroupsCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { PageTitle } from '../../ui/basics.js';
import { formatDate } from '../../ui/iam-format.js';
import { page } from '../../ui/iam-pages.js';
import { PagedTable, usePagedList } from '../../ui/iam-paged-list.js';
import { CreateNamed } from './users-page.js';

export function GroupsPage() {
  const { clients } = useApp();
  const list = usePagedList(
    async (Marker) => {
      const out = await clients.iam.send(new ListGroupsCommand({ Marker, MaxItems: 100 }));
      return page(out.Groups, out.IsTruncated, out.Marker);
    },
    [clients],
  );
  const [creating, setCreating] = useState(false);
  return (
    <section>
      <PageTitle title="Groups">
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            Create group
          </button>
        )}
      </PageTitle>
      {creating && (
        <CreateNamed
          kind="group"
          onCancel={() => setCreating(false)}
          create={(GroupName, Path) => clients.iam.send(new CreateGroupCommand({ GroupName, Path }))}
        />
      )}
      <PagedTable
        list={list}
        noun="groups"
        filterText={(group) => `${group.GroupName} ${group.Arn}`}
        columns={[
          {
            title: 'Group name',
            cell: (g) => <a href={href('iam', 'groups', g.GroupName ?? '')}>{g.GroupName}</a>,
          },
          { title: 'Path', cell: (g) => g.Path },
          { title: 'ARN', cell: (g) => <code>{g.Arn}</code> },
          { title: 'Created', cell: (g) => formatDate(g.CreateDate) },
        ]}
      />
    </section>
  );
}
