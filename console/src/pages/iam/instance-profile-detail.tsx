/**
 * One instance profile (GetInstanceProfile): its role (at most one), "Add role" (AddRoleToInstanceProfile),
 * "Remove role" (RemoveRoleFromInstanceProfile), tags, and "Delete instance profile".
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetInstanceProfile.html
 */
import {
  AddRoleToInstanceProfileCommand,
  DeleteInstanceProfileCommand,
  GetInstanceProfileCommand,
  ListRolesCommand,
  RemoveRoleFromInstanceProfileCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Field, Loaded, PageTitle, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';
import { TagsSection } from './tags-section.js';

export function InstanceProfileDetail(props: { name: string }) {
  const { clients } = useApp();
  const { iam } = clients;
  const InstanceProfileName = props.name;
  const profile = useAsync(
    async () => (await iam.send(new GetInstanceProfileCommand({ InstanceProfileName }))).InstanceProfile!,
    [iam, InstanceProfileName],
  );
  const roles = useAsync(
    () =>
      allPages(async (Marker) => {
        const out = await iam.send(new ListRolesCommand({ Marker }));
        return page(out.Roles, out.IsTruncated, out.Marker);
      }),
    [iam],
  );
  const action = useAction();
  const [role, setRole] = useState('');

  return (
    <section>
      <PageTitle title={InstanceProfileName}>
        <ConfirmButton
          label="Delete instance profile"
          question={`Delete the instance profile ${InstanceProfileName}?`}
          confirmLabel="Delete"
          onConfirm={() =>
            void action
              .run(() => iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName })))
              .then((ok) => ok && navigate(href('iam', 'instance-profiles')))
          }
        />
      </PageTitle>
      <p>
        <a href={href('iam', 'instance-profiles')}>Instance profiles</a> / {InstanceProfileName}
      </p>
      <ActionError action={action} />
      <Loaded
        state={profile}
        render={(details) => (
          <>
            <dl class="iam-summary">
              <dt>ARN</dt>
              <dd>
                <code>{details.Arn}</code>
              </dd>
              <dt>Path</dt>
              <dd>{details.Path}</dd>
              <dt>Created</dt>
              <dd>{formatDate(details.CreateDate)}</dd>
            </dl>
            <section aria-label="Role">
              <h2>Role</h2>
              <Table
                rows={details.Roles ?? []}
                empty="No role: an instance launched with this profile has no credentials."
                columns={[
                  {
                    title: 'Role name',
                    cell: (r) => <a href={href('iam', 'roles', r.RoleName ?? '')}>{r.RoleName}</a>,
                  },
                  { title: 'ARN', cell: (r) => <code>{r.Arn}</code> },
                  {
                    title: 'Actions',
                    cell: (r) => (
                      <ConfirmButton
                        label="Remove role"
                        question={`Remove ${r.RoleName} from ${InstanceProfileName}?`}
                        confirmLabel="Remove"
                        onConfirm={() =>
                          void action
                            .run(() =>
                              iam.send(
                                new RemoveRoleFromInstanceProfileCommand({
                                  InstanceProfileName,
                                  RoleName: r.RoleName,
                                }),
                              ),
                            )
                            .then(profile.reload)
                        }
                      />
                    ),
                  },
                ]}
              />
              {(details.Roles ?? []).length === 0 && (
                <div class="iam-toolbar">
                  <Field label="Role to add">
                    <select name="addRole" value={role} onChange={(e) => setRole(e.currentTarget.value)}>
                      <option value="">Choose a role</option>
                      {(roles.value ?? []).map((r) => (
                        <option key={r.RoleName} value={r.RoleName}>
                          {r.RoleName}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <button
                    type="button"
                    disabled={!role || action.busy}
                    onClick={() =>
                      void action
                        .run(() =>
                          iam.send(
                            new AddRoleToInstanceProfileCommand({ InstanceProfileName, RoleName: role }),
                          ),
                        )
                        .then(() => {
                          setRole('');
                          profile.reload();
                        })
                    }
                  >
                    Add role
                  </button>
                </div>
              )}
            </section>
            <TagsSection tags={details.Tags} />
          </>
        )}
      />
    </section>
  );
}
