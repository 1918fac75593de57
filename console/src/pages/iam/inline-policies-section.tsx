/**
 * A user's, group's or role's inline policies: each shown, editable in the policy editor ("Save changes")
 * and deletable; "Add inline policy" writes a new one (Put*Policy). As the seeds do: "For Permissions,
 * choose Add inline policy. Choose the JSON tab and replace all of the text".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html#embed-inline-policy-console
 */
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { Field, JsonView, Loaded } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import { useAsync } from '../../ui/use-async.js';
import { principalPolicies, type PrincipalKind } from './principal-commands.js';

const NEW_POLICY = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  2,
);

export function InlinePoliciesSection(props: { kind: PrincipalKind; name: string }) {
  const { clients } = useApp();
  const commands = principalPolicies(clients.iam, props.kind, props.name);
  const inline = useAsync(async () => {
    const names = await commands.listInline();
    return Promise.all(names.map(async (name) => ({ name, document: await commands.getInline(name) })));
  }, [clients, props.kind, props.name]);
  const action = useAction();
  const [editing, setEditing] = useState<{ name: string; document: string; isNew: boolean } | undefined>();

  const save = async () => {
    if (!editing) return;
    const ok = await action.run(() => commands.putInline(editing.name.trim(), editing.document));
    if (ok) setEditing(undefined);
    inline.reload();
  };

  return (
    <section aria-label="Inline policies">
      <h2>Inline policies</h2>
      <ActionError action={action} />
      <Loaded
        state={inline}
        render={(policies) => (
          <>
            {policies.length === 0 && <p class="empty">No inline policies.</p>}
            {policies.map((policy) => (
              <details key={policy.name} class="iam-inline">
                <summary>{policy.name}</summary>
                <JsonView value={policy.document} />
                <div class="buttons">
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => setEditing({ name: policy.name, document: policy.document, isNew: false })}
                  >
                    Edit {policy.name}
                  </button>
                  <ConfirmButton
                    label={`Delete ${policy.name}`}
                    question={`Delete the inline policy ${policy.name}?`}
                    confirmLabel="Delete"
                    onConfirm={() =>
                      void action.run(() => commands.deleteInline(policy.name)).then(inline.reload)
                    }
                  />
                </div>
              </details>
            ))}
          </>
        )}
      />
      {editing ? (
        <div class="iam-panel">
          <h3>{editing.isNew ? 'Add inline policy' : `Edit ${editing.name}`}</h3>
          {editing.isNew && (
            <Field label="Policy name">
              <input
                name="inlinePolicyName"
                value={editing.name}
                onInput={(e) => setEditing({ ...editing, name: e.currentTarget.value })}
              />
            </Field>
          )}
          <PolicyEditor
            label="Policy document"
            name="inlinePolicyDocument"
            kind="identity"
            value={editing.document}
            onChange={(document) => setEditing({ ...editing, document })}
          />
          <div class="buttons">
            <button type="button" disabled={action.busy || !editing.name.trim()} onClick={() => void save()}>
              {editing.isNew ? 'Create policy' : 'Save changes'}
            </button>
            <button type="button" class="secondary" onClick={() => setEditing(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="buttons">
          <button type="button" onClick={() => setEditing({ name: '', document: NEW_POLICY, isNew: true })}>
            Add inline policy
          </button>
        </div>
      )}
    </section>
  );
}
