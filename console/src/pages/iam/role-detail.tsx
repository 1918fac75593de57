/**
 * One IAM role: summary and settings, trust relationships (trust policy, editable), attached and inline
 * policies, permissions boundary, the instance profiles that carry it, tags; "Simulate" opens the policy
 * simulator for it; "Delete role" (IAM refuses while policies or instance profiles remain: DeleteConflict).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html
 */
import {
  DeleteRoleCommand,
  GetRoleCommand,
  ListInstanceProfilesForRoleCommand,
  ListRoleTagsCommand,
} from '@aws-sdk/client-iam';
import { useApp } from '../../app-context.js';
import { href, hrefWithQuery, navigate } from '../../router.js';
import { decodePolicyDocument, Loaded, PageTitle, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';
import { AttachedPoliciesSection } from './attached-policies-section.js';
import { BoundarySection } from './boundary-section.js';
import { InlinePoliciesSection } from './inline-policies-section.js';
import { RoleSettings } from './role-settings.js';
import { RoleTrustSection } from './role-trust-section.js';
import { TagsSection } from './tags-section.js';

export function RoleDetail(props: { name: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const RoleName = props.name;
  const role = useAsync(async () => {
    const out = await iam.send(new GetRoleCommand({ RoleName }));
    const [profiles, tags] = await Promise.all([
      allPages(async (Marker) => {
        const listed = await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName, Marker }));
        return page(listed.InstanceProfiles, listed.IsTruncated, listed.Marker);
      }),
      allPages(async (Marker) => {
        const listed = await iam.send(new ListRoleTagsCommand({ RoleName, Marker }));
        return page(listed.Tags, listed.IsTruncated, listed.Marker);
      }).catch(() => out.Role?.Tags ?? []),
    ]);
    return { role: out.Role!, profiles, tags };
  }, [iam, RoleName]);
  const action = useAction();

  return (
    <section>
      <PageTitle title={RoleName}>
        {role.value && (
          <a
            class="button secondary"
            href={hrefWithQuery(['tools', 'simulator'], { policySourceArn: role.value.role.Arn ?? '' })}
          >
            Simulate
          </a>
        )}
        <ConfirmButton
          label="Delete role"
          question={`Delete the role ${RoleName}?`}
          confirmLabel="Delete"
          onConfirm={() =>
            void action
              .run(() => iam.send(new DeleteRoleCommand({ RoleName })))
              .then((ok) => ok && navigate(href('iam', 'roles')))
          }
        />
      </PageTitle>
      <p>
        <a href={href('iam', 'roles')}>Roles</a> / {RoleName}
      </p>
      <ActionError action={action} />
      <Loaded
        state={role}
        render={({ role: details, profiles, tags }) => (
          <>
            <RoleSettings
              key={`${details.Description} ${details.MaxSessionDuration}`}
              role={details}
              onChanged={role.reload}
            />
            <RoleTrustSection
              roleName={RoleName}
              document={decodePolicyDocument(details.AssumeRolePolicyDocument)}
              onChanged={role.reload}
            />
            <AttachedPoliciesSection kind="role" name={RoleName} />
            <InlinePoliciesSection kind="role" name={RoleName} />
            <BoundarySection
              kind="role"
              name={RoleName}
              boundaryArn={details.PermissionsBoundary?.PermissionsBoundaryArn}
              onChanged={role.reload}
            />
            <section aria-label="Instance profiles">
              <h2>Instance profiles</h2>
              <Table
                rows={profiles}
                empty="No instance profile carries this role."
                columns={[
                  {
                    title: 'Instance profile',
                    cell: (p) => (
                      <a href={href('iam', 'instance-profiles', p.InstanceProfileName ?? '')}>
                        {p.InstanceProfileName}
                      </a>
                    ),
                  },
                  { title: 'ARN', cell: (p) => <code>{p.Arn}</code> },
                ]}
              />
            </section>
            <TagsSection tags={tags} />
          </>
        )}
      />
    </section>
  );
}
