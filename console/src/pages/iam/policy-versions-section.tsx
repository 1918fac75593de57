/**
 * A managed policy's versions (ListPolicyVersions, every page: AWS managed policies carry their whole
 * history): view any version, compare two, and for customer managed policies set the default, delete a
 * version, or create a new one in the policy editor (IAM keeps at most five).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 */
import {
  CreatePolicyVersionCommand,
  DeletePolicyVersionCommand,
  ListPolicyVersionsCommand,
  SetDefaultPolicyVersionCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, hrefWithQuery } from '../../router.js';
import { Field, Loaded, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import { useAsync } from '../../ui/use-async.js';

export function PolicyVersionsSection(props: {
  arn: string;
  awsManaged: boolean;
  defaultDocument: string;
  onChanged: () => void;
}) {
  const { clients } = useApp();
  const { iam } = clients;
  const PolicyArn = props.arn;
  const versions = useAsync(
    () =>
      allPages(async (Marker) => {
        const out = await iam.send(new ListPolicyVersionsCommand({ PolicyArn, Marker }));
        return page(out.Versions, out.IsTruncated, out.Marker);
      }),
    [iam, PolicyArn],
  );
  const action = useAction();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [draft, setDraft] = useState<string | undefined>();
  const [setAsDefault, setSetAsDefault] = useState(true);
  const changed = () => {
    versions.reload();
    props.onChanged();
  };

  return (
    <section aria-label="Policy versions">
      <h2>Policy versions</h2>
      <ActionError action={action} />
      <Loaded
        state={versions}
        render={(rows) => {
          const ids = rows.map((v) => v.VersionId ?? '');
          const older = from || ids[1] || ids[0] || '';
          const newer = to || ids[0] || '';
          return (
            <>
              <Table
                rows={rows}
                columns={[
                  {
                    title: 'Version',
                    cell: (v) => (
                      <a href={href('iam', 'policies', PolicyArn, 'versions', v.VersionId ?? '')}>
                        {v.VersionId}
                      </a>
                    ),
                  },
                  { title: 'Default', cell: (v) => (v.IsDefaultVersion ? 'Default' : '') },
                  { title: 'Created', cell: (v) => formatDate(v.CreateDate) },
                  {
                    title: 'Actions',
                    cell: (v) =>
                      props.awsManaged || v.IsDefaultVersion ? null : (
                        <span class="iam-row-actions">
                          <button
                            type="button"
                            class="secondary"
                            disabled={action.busy}
                            onClick={() =>
                              void action
                                .run(() =>
                                  iam.send(
                                    new SetDefaultPolicyVersionCommand({ PolicyArn, VersionId: v.VersionId }),
                                  ),
                                )
                                .then(changed)
                            }
                          >
                            Set as default {v.VersionId}
                          </button>
                          <ConfirmButton
                            label={`Delete ${v.VersionId}`}
                            question={`Delete version ${v.VersionId}?`}
                            confirmLabel="Delete"
                            onConfirm={() =>
                              void action
                                .run(() =>
                                  iam.send(
                                    new DeletePolicyVersionCommand({ PolicyArn, VersionId: v.VersionId }),
                                  ),
                                )
                                .then(changed)
                            }
                          />
                        </span>
                      ),
                  },
                ]}
              />
              {rows.length > 1 && (
                <div class="iam-toolbar">
                  <Field label="Compare version">
                    <select name="compareFrom" value={older} onChange={(e) => setFrom(e.currentTarget.value)}>
                      {ids.map((id) => (
                        <option key={id} value={id}>
                          {id}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="with version">
                    <select name="compareTo" value={newer} onChange={(e) => setTo(e.currentTarget.value)}>
                      {ids.map((id) => (
                        <option key={id} value={id}>
                          {id}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <a
                    class="button secondary"
                    href={hrefWithQuery(['iam', 'policies', PolicyArn, 'compare'], {
                      from: older,
                      to: newer,
                    })}
                  >
                    Compare versions
                  </a>
                </div>
              )}
            </>
          );
        }}
      />
      {!props.awsManaged &&
        (draft === undefined ? (
          <div class="buttons">
            <button type="button" onClick={() => setDraft(props.defaultDocument)}>
              Create version
            </button>
          </div>
        ) : (
          <div class="iam-panel">
            <h3>New version</h3>
            <PolicyEditor
              label="New version document"
              name="versionDocument"
              kind="identity"
              value={draft}
              onChange={setDraft}
            />
            <label class="iam-radio">
              <input
                type="checkbox"
                name="setAsDefault"
                checked={setAsDefault}
                onChange={(e) => setSetAsDefault(e.currentTarget.checked)}
              />
              Set as default
            </label>
            <div class="buttons">
              <button
                type="button"
                disabled={action.busy}
                onClick={() =>
                  void action
                    .run(() =>
                      iam.send(
                        new CreatePolicyVersionCommand({
                          PolicyArn,
                          PolicyDocument: draft,
                          SetAsDefault: setAsDefault,
                        }),
                      ),
                    )
                    .then((ok) => {
                      if (ok) setDraft(undefined);
                      changed();
                    })
                }
              >
                Save version
              </button>
              <button type="button" class="secondary" onClick={() => setDraft(undefined)}>
                Cancel
              </button>
            </div>
          </div>
        ))}
    </section>
  );
}
