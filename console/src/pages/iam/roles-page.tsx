/**
 * IAM roles: the paged list (ListRoles) with each role's trusted entities, and "Create role".
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html
 */
import { ListRolesCommand } from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { PageTitle } from '../../ui/basics.js';
import { formatDate } from '../../ui/iam-format.js';
import { page } from '../../ui/iam-pages.js';
import { PagedTable, usePagedList } from '../../ui/iam-paged-list.js';
import { trustedEntities } from './role-trust-summary.js';

export function RolesPage() {
  const { clients } = useApp();
  const list = usePagedList(
    async (Marker) => {
      const out = await clients.iam.send(new ListRolesCommand({ Marker, MaxItems: 100 }));
      return page(out.Roles, out.IsTruncated, out.Marker);
    },
    [clients],
  );
  return (
    <section>
      <PageTitle title="Roles">
        <a class="button" href={href('iam', 'roles', 'create')}>
          Create role
        </a>
      </PageTitle>
      <PagedTable
        list={list}
        noun="roles"
        filterText={(role) =>
          `${role.RoleName} ${role.Arn} ${trustedEntities(role.AssumeRolePolicyDocument).join(' ')}`
        }
        columns={[
          {
            title: 'Role name',
            cell: (role) => <a href={href('iam', 'roles', role.RoleName ?? '')}>{role.RoleName}</a>,
          },
          {
            title: 'Trusted entities',
            cell: (role) =>
              trustedEntities(role.AssumeRolePolicyDocument).map((entity) => (
                <div key={entity}>{entity}</div>
              )),
          },
          { title: 'Path', cell: (role) => role.Path },
          { title: 'Created', cell: (role) => formatDate(role.CreateDate) },
        ]}
      />
    </section>
  );
}
