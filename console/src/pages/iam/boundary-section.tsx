/**
 * A user's or role's permissions boundary: the managed policy that sets the most its identity policies
 * can grant; set it (Put*PermissionsBoundary) or remove it (Delete*PermissionsBoundary).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import {
  DeleteRolePermissionsBoundaryCommand,
  DeleteUserPermissionsBoundaryCommand,
  PutRolePermissionsBoundaryCommand,
  PutUserPermissionsBoundaryCommand,
} from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { ActionError, ConfirmButton, useAction } from '../../ui/iam-action.js';
import { PolicyPicker } from './policy-picker.js';

export function BoundarySection(props: {
  kind: 'user' | 'role';
  name: string;
  boundaryArn: string | undefined;
  onChanged: () => void;
}) {
  const { clients } = useApp();
  const action = useAction();
  const [choosing, setChoosing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const put = (PermissionsBoundary: string) =>
    props.kind === 'user'
      ? clients.iam.send(new PutUserPermissionsBoundaryCommand({ UserName: props.name, PermissionsBoundary }))
      : clients.iam.send(
          new PutRolePermissionsBoundaryCommand({ RoleName: props.name, PermissionsBoundary }),
        );
  const remove = () =>
    props.kind === 'user'
      ? clients.iam.send(new DeleteUserPermissionsBoundaryCommand({ UserName: props.name }))
      : clients.iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: props.name }));

  return (
    <section aria-label="Permissions boundary">
      <h2>Permissions boundary</h2>
      <ActionError action={action} />
      {props.boundaryArn ? (
        <p>
          <a href={href('iam', 'policies', props.boundaryArn)}>{props.boundaryArn}</a>{' '}
          <ConfirmButton
            label="Remove boundary"
            question="Remove the permissions boundary?"
            confirmLabel="Remove"
            onConfirm={() => void action.run(remove).then(props.onChanged)}
          />
        </p>
      ) : (
        <p class="empty">No permissions boundary set.</p>
      )}
      {choosing ? (
        <div class="iam-panel">
          <PolicyPicker name="boundary-policy" single selected={chosen} onChange={setChosen} />
          <div class="buttons">
            <button
              type="button"
              disabled={action.busy || chosen.length !== 1}
              onClick={() =>
                void action
                  .run(() => put(chosen[0]!))
                  .then((ok) => {
                    if (ok) setChoosing(false);
                    props.onChanged();
                  })
              }
            >
              Set boundary
            </button>
            <button type="button" class="secondary" onClick={() => setChoosing(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="buttons">
          <button type="button" class="secondary" onClick={() => setChoosing(true)}>
            {props.boundaryArn ? 'Change boundary' : 'Set permissions boundary'}
          </button>
        </div>
      )}
    </section>
  );
}
