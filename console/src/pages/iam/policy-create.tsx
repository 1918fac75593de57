/**
 * Create a customer managed policy: name, path, description and the document in the policy editor
 * (validated as you type), sent with CreatePolicy; then opens the new policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_create-console.html
 */
import { CreatePolicyCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { Field, PageTitle } from '../../ui/basics.js';
import { ActionError, useAction } from '../../ui/iam-action.js';
import { PolicyEditor } from '../../ui/policy-editor.js';

const STARTER = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  2,
);

export function PolicyCreate() {
  const { clients } = useApp();
  const [name, setName] = useState('');
  const [path, setPath] = useState('/');
  const [description, setDescription] = useState('');
  const [document, setDocument] = useState(STARTER);
  const action = useAction();
  const create = async () => {
    let arn = '';
    const ok = await action.run(async () => {
      const out = await clients.iam.send(
        new CreatePolicyCommand({
          PolicyName: name.trim(),
          Path: path.trim() || '/',
          PolicyDocument: document,
          ...(description ? { Description: description } : {}),
        }),
      );
      arn = out.Policy?.Arn ?? '';
    });
    if (ok) navigate(href('iam', 'policies', arn));
  };
  return (
    <section>
      <PageTitle title="Create policy" />
      <p>
        <a href={href('iam', 'policies')}>Policies</a> / Create policy
      </p>
      <PolicyEditor
        label="Policy document"
        name="policyDocument"
        kind="identity"
        value={document}
        onChange={setDocument}
      />
      <Field label="Policy name">
        <input name="policyName" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Field label="Path">
        <input name="policyPath" value={path} onInput={(e) => setPath(e.currentTarget.value)} />
      </Field>
      <Field label="Description">
        <input
          name="policyDescription"
          value={description}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </Field>
      <ActionError action={action} />
      <div class="buttons">
        <a class="button secondary" href={href('iam', 'policies')}>
          Cancel
        </a>
        <button type="button" disabled={action.busy || !name.trim()} onClick={() => void create()}>
          Create policy
        </button>
      </div>
    </section>
  );
}
