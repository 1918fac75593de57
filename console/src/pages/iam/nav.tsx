/**
 * The IAM pages in the side bar and their routes: `#/iam/users[/NAME]`, `#/iam/groups[/NAME]`,
 * `#/iam/roles[/create | /NAME]`, `#/iam/policies[/create | /ARN[/versions/ID | /compare?from=&to=]]`,
 * `#/iam/instance-profiles[/NAME]`.
 */
import type { NavEntry } from '../../nav.js';
import { GroupDetail } from './group-detail.js';
import { GroupsPage } from './groups-page.js';
import { InstanceProfileDetail } from './instance-profile-detail.js';
import { InstanceProfilesPage } from './instance-profiles-page.js';
import { PoliciesPage } from './policies-page.js';
import { PolicyCreate } from './policy-create.js';
import { PolicyDetail } from './policy-detail.js';
import { PolicyDiff } from './policy-diff.js';
import { PolicyVersionView } from './policy-version-view.js';
import { RoleCreate } from './role-create.js';
import { RoleDetail } from './role-detail.js';
import { RolesPage } from './roles-page.js';
import { UserDetail } from './user-detail.js';
import { UsersPage } from './users-page.js';

function NotFound(props: { path: string }) {
  return (
    <p class="error-box" role="alert">
      No page at {props.path}.
    </p>
  );
}

export const iamNav: readonly NavEntry[] = [
  {
    path: 'iam/users',
    label: 'Users',
    group: 'IAM',
    render: ([name, ...more]) =>
      name === undefined ? (
        <UsersPage />
      ) : more.length ? (
        <NotFound path={more.join('/')} />
      ) : (
        <UserDetail name={name} />
      ),
  },
  {
    path: 'iam/groups',
    label: 'Groups',
    group: 'IAM',
    render: ([name, ...more]) =>
      name === undefined ? (
        <GroupsPage />
      ) : more.length ? (
        <NotFound path={more.join('/')} />
      ) : (
        <GroupDetail name={name} />
      ),
  },
  {
    path: 'iam/roles',
    label: 'Roles',
    group: 'IAM',
    render: ([name, ...more]) =>
      name === undefined ? (
        <RolesPage />
      ) : more.length ? (
        <NotFound path={more.join('/')} />
      ) : name === 'create' ? (
        <RoleCreate />
      ) : (
        <RoleDetail name={name} />
      ),
  },
  {
    path: 'iam/policies',
    label: 'Policies',
    group: 'IAM',
    render: ([arn, view, versionId], query) => {
      if (arn === undefined) return <PoliciesPage query={query} />;
      if (arn === 'create' && view === undefined) return <PolicyCreate />;
      if (view === undefined) return <PolicyDetail arn={arn} />;
      if (view === 'versions' && versionId) return <PolicyVersionView arn={arn} versionId={versionId} />;
      if (view === 'compare')
        return <PolicyDiff arn={arn} from={query.get('from') ?? 'v1'} to={query.get('to') ?? 'v1'} />;
      return <NotFound path={view} />;
    },
  },
  {
    path: 'iam/instance-profiles',
    label: 'Instance profiles',
    group: 'IAM',
    render: ([name, ...more]) =>
      name === undefined ? (
        <InstanceProfilesPage />
      ) : more.length ? (
        <NotFound path={more.join('/')} />
      ) : (
        <InstanceProfileDetail name={name} />
      ),
  },
];
