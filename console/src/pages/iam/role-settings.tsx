/**
 * A role's summary and its editable settings: description and maximum session duration (UpdateRole).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html
 */
import { UpdateRoleCommand, type Role } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { Field } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { formatDate, formatDuration } from '../../ui/iam-format.js';

export function RoleSettings(props: { role: Role; onChanged: () => void }) {
  const { clients } = useApp();
  const { role } = props;
  const action = useAction();
  const [editing, setEditing] = useState(false);
  const [description, setDescription] = useState(role.Description ?? '');
  const [hours, setHours] = useState(String((role.MaxSessionDuration ?? 3600) / 3600));
  const save = async () => {
    const ok = await action.run(() =>
      clients.iam.send(
        new UpdateRoleCommand({
          RoleName: role.RoleName,
          Description: description,
          MaxSessionDuration: Math.round(Number(hours) * 3600),
        }),
      ),
    );
    if (ok) {
      setEditing(false);
      props.onChanged();
    }
  };
  return (
    <section aria-label="Summary">
      <dl class="iam-summary">
        <dt>ARN</dt>
        <dd>
          <code>{role.Arn}</code>
        </dd>
        <dt>Role ID</dt>
        <dd>{role.RoleId}</dd>
        <dt>Path</dt>
        <dd>{role.Path}</dd>
        <dt>Description</dt>
        <dd>{role.Description || '—'}</dd>
        <dt>Created</dt>
        <dd>{formatDate(role.CreateDate)}</dd>
        <dt>Maximum session duration</dt>
        <dd>{formatDuration(role.MaxSessionDuration)}</dd>
        <dt>Last activity</dt>
        <dd>{role.RoleLastUsed?.LastUsedDate ? formatDate(role.RoleLastUsed.LastUsedDate) : '—'}</dd>
      </dl>
      <ActionError action={action} />
      {editing ? (
        <div class="iam-panel">
          <Field label="Description">
            <input
              name="description"
              value={description}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          </Field>
          <Field label="Maximum session duration (hours, 1 to 12)">
            <input
              name="maxSessionHours"
              type="number"
              min="1"
              max="12"
              step="0.5"
              value={hours}
              onInput={(e) => setHours(e.currentTarget.value)}
            />
          </Field>
          <div class="buttons">
            <button type="button" disabled={action.busy} onClick={() => void save()}>
              Save changes
            </button>
            <button type="button" class="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="buttons">
          <button type="button" class="secondary" onClick={() => setEditing(true)}>
            Edit role settings
          </button>
        </div>
      )}
    </section>
  );
}
