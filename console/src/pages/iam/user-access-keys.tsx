/**
 * A user's access keys: list (ListAccessKeys), make inactive or active (UpdateAccessKey), delete, and
 * create (the secret is shown once, as AWS does), with "Sign in with this key" to add it as a session.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
 */
import {
  CreateAccessKeyCommand,
  DeleteAccessKeyCommand,
  ListAccessKeysCommand,
  UpdateAccessKeyCommand,
  type AccessKey,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { signIn } from '../../aws/session.js';
import { Loaded, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { formatDate } from '../../ui/iam-format.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';

export function UserAccessKeys(props: { userName: string }) {
  const app = useApp();
  const { iam } = app.clients;
  const UserName = props.userName;
  const keys = useAsync(
    () =>
      allPages(async (Marker) => {
        const out = await iam.send(new ListAccessKeysCommand({ UserName, Marker }));
        return page(out.AccessKeyMetadata, out.IsTruncated, out.Marker);
      }),
    [iam, UserName],
  );
  const action = useAction();
  const [created, setCreated] = useState<AccessKey | undefined>();

  return (
    <section aria-label="Access keys">
      <h2>Access keys</h2>
      <ActionError action={action} />
      {created && (
        <div class="iam-panel iam-secret" role="status">
          <p>
            <strong>Access key created.</strong> This is the only time the secret access key can be viewed.
          </p>
          <p>
            Access key ID: <code data-testid="new-access-key-id">{created.AccessKeyId}</code>
            <br />
            Secret access key: <code data-testid="new-secret-access-key">{created.SecretAccessKey}</code>
          </p>
          <div class="buttons">
            <button
              type="button"
              onClick={() =>
                void action.run(async () =>
                  app.addSession(
                    await signIn({
                      accessKeyId: created.AccessKeyId ?? '',
                      secretAccessKey: created.SecretAccessKey ?? '',
                    }),
                  ),
                )
              }
            >
              Sign in with this key
            </button>
            <button type="button" class="secondary" onClick={() => setCreated(undefined)}>
              Done
            </button>
          </div>
        </div>
      )}
      <Loaded
        state={keys}
        render={(rows) => (
          <Table
            rows={rows}
            empty="No access keys."
            columns={[
              { title: 'Access key ID', cell: (key) => <code>{key.AccessKeyId}</code> },
              { title: 'Status', cell: (key) => key.Status },
              { title: 'Created', cell: (key) => formatDate(key.CreateDate) },
              {
                title: 'Actions',
                cell: (key) => (
                  <span class="iam-row-actions">
                    <button
                      type="button"
                      class="secondary"
                      disabled={action.busy}
                      onClick={() =>
                        void action
                          .run(() =>
                            iam.send(
                              new UpdateAccessKeyCommand({
                                UserName,
                                AccessKeyId: key.AccessKeyId,
                                Status: key.Status === 'Active' ? 'Inactive' : 'Active',
                              }),
                            ),
                          )
                          .then(keys.reload)
                      }
                    >
                      {key.Status === 'Active' ? 'Deactivate' : 'Activate'}
                    </button>
                    <ConfirmButton
                      label="Delete"
                      question={`Delete ${key.AccessKeyId}?`}
                      confirmLabel="Delete"
                      onConfirm={() =>
                        void action
                          .run(() =>
                            iam.send(new DeleteAccessKeyCommand({ UserName, AccessKeyId: key.AccessKeyId })),
                          )
                          .then(keys.reload)
                      }
                    />
                  </span>
                ),
              },
            ]}
          />
        )}
      />
      <div class="buttons">
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action
              .run(async () =>
                setCreated((await iam.send(new CreateAccessKeyCommand({ UserName }))).AccessKey),
              )
              .then(keys.reload)
          }
        >
          Create access key
        </button>
      </div>
    </section>
  );
}
