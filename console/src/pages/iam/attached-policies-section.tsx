/**
 * A user's, group's or role's attached managed policies: the list (each linking to the policy), Detach,
 * and "Attach policies" with the policy picker.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html
 */
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { Loaded, Table } from '../../ui/basics.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { isAwsManaged } from '../../ui/iam-format.js';
import { useAsync } from '../../ui/use-async.js';
import { href } from '../../router.js';
import { PolicyPicker } from './policy-picker.js';
import { principalPolicies, type PrincipalKind } from './principal-commands.js';

export function AttachedPoliciesSection(props: { kind: PrincipalKind; name: string }) {
  const { clients } = useApp();
  const commands = principalPolicies(clients.iam, props.kind, props.name);
  const attached = useAsync(() => commands.listAttached(), [clients, props.kind, props.name]);
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);

  const attach = async () => {
    const ok = await action.run(async () => {
      for (const arn of chosen) await commands.attach(arn);
    });
    if (ok) {
      setAdding(false);
      setChosen([]);
    }
    attached.reload();
  };

  return (
    <section aria-label="Permissions policies">
      <h2>Permissions policies</h2>
      <ActionError action={action} />
      <Loaded
        state={attached}
        render={(rows) => (
          <>
            <Table
              rows={rows}
              empty="No managed policies attached."
              columns={[
                {
                  title: 'Policy name',
                  cell: (row) => <a href={href('iam', 'policies', row.PolicyArn ?? '')}>{row.PolicyName}</a>,
                },
                {
                  title: 'Type',
                  cell: (row) => (isAwsManaged(row.PolicyArn ?? '') ? 'AWS managed' : 'Customer managed'),
                },
                {
                  title: 'Actions',
                  cell: (row) => (
                    <ConfirmButton
                      label="Detach"
                      question={`Detach ${row.PolicyName}?`}
                      confirmLabel="Detach"
                      disabled={action.busy}
                      onConfirm={() =>
                        void action.run(() => commands.detach(row.PolicyArn ?? '')).then(attached.reload)
                      }
                    />
                  ),
                },
              ]}
            />
            {!adding ? (
              <div class="buttons">
                <button type="button" onClick={() => setAdding(true)}>
                  Attach policies
                </button>
              </div>
            ) : (
              <div class="iam-panel">
                <h3>Attach policies</h3>
                <PolicyPicker
                  name="attach-policy"
                  selected={chosen}
                  onChange={setChosen}
                  exclude={rows.map((row) => row.PolicyArn ?? '')}
                />
                <div class="buttons">
                  <button
                    type="button"
                    disabled={action.busy || chosen.length === 0}
                    onClick={() => void attach()}
                  >
                    Attach {chosen.length || ''} {chosen.length === 1 ? 'policy' : 'policies'}
                  </button>
                  <button type="button" class="secondary" onClick={() => setAdding(false)}>
                    Cancel
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      />
    </section>
  );
}
