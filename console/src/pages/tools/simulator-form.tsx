/**
 * The policy simulator's inputs: a principal of the account or pasted policies, actions (with common
 * Image Builder and IAM ones a click away), resources, context keys (key, type, values), and optionally
 * a resource-based policy and a permissions boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 */
import { ErrorBox, Field } from '../../ui/basics.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import { ContextKeys } from './simulator-context.js';
import { OptionalPolicies } from './simulator-optional.js';
import { usePrincipals } from './simulator-principals.js';
import { splitList, type SimulatorForm } from './simulator-query.js';

export const COMMON_ACTIONS = [
  'imagebuilder:CreateImage',
  'imagebuilder:CreateImagePipeline',
  'imagebuilder:StartImagePipelineExecution',
  'imagebuilder:CreateImageRecipe',
  'imagebuilder:CreateComponent',
  'imagebuilder:CreateInfrastructureConfiguration',
  'imagebuilder:CreateDistributionConfiguration',
  'imagebuilder:GetImage',
  'iam:PassRole',
  'iam:GetInstanceProfile',
  'iam:CreateServiceLinkedRole',
  'sts:AssumeRole',
  'ec2:RunInstances',
  'ssm:SendCommand',
  's3:PutObject',
];

export function SimulatorInputs(props: { form: SimulatorForm; onChange: (form: SimulatorForm) => void }) {
  const { form } = props;
  const set = (patch: Partial<SimulatorForm>) => props.onChange({ ...form, ...patch });
  const principals = usePrincipals();
  const known = Object.values(principals.value ?? {}).some((list) =>
    list.some((p) => p.arn === form.policySourceArn),
  );
  const addAction = (action: string) => {
    const actions = splitList(form.actions);
    if (!actions.includes(action)) set({ actions: [...actions, action].join('\n') });
  };

  return (
    <div class="sim-inputs">
      <fieldset class="iam-fieldset">
        <legend>Policies to simulate</legend>
        <label class="iam-radio">
          <input
            type="radio"
            name="mode"
            checked={form.mode === 'principal'}
            onChange={() => set({ mode: 'principal' })}
          />
          A user, group or role of this account
        </label>
        <label class="iam-radio">
          <input
            type="radio"
            name="mode"
            checked={form.mode === 'custom'}
            onChange={() => set({ mode: 'custom' })}
          />
          Policies I paste (custom)
        </label>
        {form.mode === 'principal' ? (
          <>
            <Field label="Principal">
              <select
                name="policySourceArn"
                value={form.policySourceArn}
                onChange={(e) => set({ policySourceArn: e.currentTarget.value })}
              >
                <option value="">Choose a user, group or role</option>
                {form.policySourceArn && !known && (
                  <option value={form.policySourceArn}>{form.policySourceArn}</option>
                )}
                {Object.entries(principals.value ?? {}).map(([group, list]) => (
                  <optgroup key={group} label={group}>
                    {list.map((p) => (
                      <option key={p.arn} value={p.arn}>
                        {p.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </Field>
            {principals.error !== undefined && <ErrorBox error={principals.error} />}
          </>
        ) : (
          <>
            {form.policies.map((policy, index) => (
              <div key={index}>
                <PolicyEditor
                  label={`Identity policy ${index + 1}`}
                  name={`policy${index}`}
                  kind="identity"
                  minRows={8}
                  value={policy}
                  onChange={(value) =>
                    set({ policies: form.policies.map((p, i) => (i === index ? value : p)) })
                  }
                />
                {form.policies.length > 1 && (
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => set({ policies: form.policies.filter((_, i) => i !== index) })}
                  >
                    Remove policy {index + 1}
                  </button>
                )}
              </div>
            ))}
            <button type="button" class="secondary" onClick={() => set({ policies: [...form.policies, ''] })}>
              Add policy
            </button>
          </>
        )}
      </fieldset>

      <Field label="Actions (comma- or line-separated)">
        <textarea
          name="actions"
          class="code"
          rows={3}
          value={form.actions}
          onInput={(e) => set({ actions: e.currentTarget.value })}
        />
      </Field>
      <div class="sim-suggestions" role="group" aria-label="Common actions">
        {COMMON_ACTIONS.map((action) => (
          <button key={action} type="button" class="chip" onClick={() => addAction(action)}>
            + {action}
          </button>
        ))}
      </div>
      <Field label="Resources (one ARN per line; empty means *)">
        <textarea
          name="resources"
          class="code"
          rows={2}
          value={form.resources}
          onInput={(e) => set({ resources: e.currentTarget.value })}
        />
      </Field>

      <ContextKeys rows={form.context} onChange={(context) => set({ context })} />

      <OptionalPolicies form={form} set={set} />
    </div>
  );
}
