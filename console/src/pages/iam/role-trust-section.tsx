/**
 * A role's trust relationships: the trust policy (who may assume the role), and "Edit trust policy" in the
 * policy editor, validated as an AssumeRolePolicyDocument, saved with UpdateAssumeRolePolicy. As the seeds
 * do: "Choose the Trust relationships tab and then choose Edit trust relationship ... Update Trust Policy".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/roles-managingrole-editing-console.html#roles-managingrole_edit-trust-policy
 */
import { UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { JsonView } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import { trustedEntities } from './role-trust-summary.js';

export function RoleTrustSection(props: { roleName: string; document: string; onChanged: () => void }) {
  const { clients } = useApp();
  const action = useAction();
  const [draft, setDraft] = useState<string | undefined>();
  const save = async () => {
    if (draft === undefined) return;
    const ok = await action.run(() =>
      clients.iam.send(
        new UpdateAssumeRolePolicyCommand({ RoleName: props.roleName, PolicyDocument: draft }),
      ),
    );
    if (ok) {
      setDraft(undefined);
      props.onChanged();
    }
  };
  return (
    <section aria-label="Trust relationships">
      <h2>Trust relationships</h2>
      <p>
        Trusted entities:{' '}
        {trustedEntities(props.document).join('; ') || (
          <span class="empty">none (no Allow statement names a principal)</span>
        )}
      </p>
      <ActionError action={action} />
      {draft === undefined ? (
        <>
          <JsonView value={props.document} />
          <div class="buttons">
            <button type="button" class="secondary" onClick={() => setDraft(props.document)}>
              Edit trust policy
            </button>
          </div>
        </>
      ) : (
        <div class="iam-panel">
          <PolicyEditor
            label="Trust policy"
            name="trustPolicy"
            kind="trust"
            value={draft}
            onChange={setDraft}
          />
          <div class="buttons">
            <button type="button" disabled={action.busy} onClick={() => void save()}>
              Update trust policy
            </button>
            <button type="button" class="secondary" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
