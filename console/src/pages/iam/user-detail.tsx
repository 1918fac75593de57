/**
 * One IAM user: summary (GetUser), groups, attached and inline policies, permissions boundary, access
 * keys, tags; "Delete user" (DeleteUser: IAM refuses while the user still has policies, keys or groups,
 * and that DeleteConflict is shown as it is).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 */
import { DeleteUserCommand, GetUserCommand, ListUserTagsCommand } from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Loaded, PageTitle } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';
import { AttachedPoliciesSection } from './attached-policies-section.js';
import { BoundarySection } from './boundary-section.js';
import { InlinePoliciesSection } from './inline-policies-section.js';
import { TagsSection } from './tags-section.js';
import { UserAccessKeys } from './user-access-keys.js';
import { UserGroupsSection } from './user-groups-section.js';

export function UserDetail(props: { name: string }) {
  const { clients } = useApp();
  const UserName = props.name;
  const user = useAsync(async () => {
    const out = await clients.iam.send(new GetUserCommand({ UserName }));
    const tags = await allPages(async (Marker) => {
      const listed = await clients.iam.send(new ListUserTagsCommand({ UserName, Marker }));
      return page(listed.Tags, listed.IsTruncated, listed.Marker);
    }).catch(() => out.User?.Tags ?? []);
    return { user: out.User, tags };
  }, [clients, UserName]);
  const action = useAction();

  return (
    <section>
      <PageTitle title={UserName}>
        <ConfirmButton
          label="Delete user"
          question={`Delete the user ${UserName}?`}
          confirmLabel="Delete"
          onConfirm={() =>
            void action
              .run(() => clients.iam.send(new DeleteUserCommand({ UserName })))
              .then((ok) => ok && navigate(href('iam', 'users')))
          }
        />
      </PageTitle>
      <p>
        <a href={href('iam', 'users')}>Users</a> / {UserName}
      </p>
      <ActionError action={action} />
      <Loaded
        state={user}
        render={({ user: details, tags }) => (
          <>
            <dl class="iam-summary">
              <dt>ARN</dt>
              <dd>
                <code>{details?.Arn}</code>
              </dd>
              <dt>User ID</dt>
              <dd>{details?.UserId}</dd>
              <dt>Path</dt>
              <dd>{details?.Path}</dd>
              <dt>Created</dt>
              <dd>{formatDate(details?.CreateDate)}</dd>
            </dl>
            <UserGroupsSection userName={UserName} />
            <AttachedPoliciesSection kind="user" name={UserName} />
            <InlinePoliciesSection kind="user" name={UserName} />
            <BoundarySection
              kind="user"
              name={UserName}
              boundaryArn={details?.PermissionsBoundary?.PermissionsBoundaryArn}
              onChanged={user.reload}
            />
            <UserAccessKeys userName={UserName} />
            <TagsSection tags={tags} />
          </>
        )}
      />
    </section>
  );
}
