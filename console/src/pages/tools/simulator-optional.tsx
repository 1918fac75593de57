/**
 * The simulator's optional inputs: a resource-based policy (with the resource owner and the caller ARN)
 * and a permissions boundary, each in the policy editor once its box is checked.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import { useState } from 'preact/hooks';
import { Field } from '../../ui/basics.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import type { SimulatorForm } from './simulator-query.js';

const EMPTY_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 2);

export function OptionalPolicies(props: {
  form: SimulatorForm;
  set: (patch: Partial<SimulatorForm>) => void;
}) {
  const { form, set } = props;
  const [withResourcePolicy, setWithResourcePolicy] = useState(form.resourcePolicy !== '');
  const [withBoundary, setWithBoundary] = useState(form.boundary !== '');
  return (
    <fieldset class="iam-fieldset">
      <legend>Optional: resource-based policy and permissions boundary</legend>
      <label class="iam-radio">
        <input
          type="checkbox"
          name="useResourcePolicy"
          checked={withResourcePolicy}
          onChange={(e) => {
            setWithResourcePolicy(e.currentTarget.checked);
            set({
              resourcePolicy: e.currentTarget.checked ? EMPTY_POLICY : '',
              resourceOwner: '',
              callerArn: '',
            });
          }}
        />
        Include a resource-based policy
      </label>
      {withResourcePolicy && (
        <>
          <PolicyEditor
            label="Resource-based policy"
            name="resourcePolicy"
            kind="resource"
            minRows={8}
            value={form.resourcePolicy}
            onChange={(resourcePolicy) => set({ resourcePolicy })}
          />
          <Field label="Resource owner (account ARN, optional)">
            <input
              name="resourceOwner"
              value={form.resourceOwner}
              onInput={(e) => set({ resourceOwner: e.currentTarget.value })}
            />
          </Field>
          <Field label="Caller ARN (optional)">
            <input
              name="callerArn"
              value={form.callerArn}
              onInput={(e) => set({ callerArn: e.currentTarget.value })}
            />
          </Field>
        </>
      )}
      <label class="iam-radio">
        <input
          type="checkbox"
          name="useBoundary"
          checked={withBoundary}
          onChange={(e) => {
            setWithBoundary(e.currentTarget.checked);
            set({ boundary: e.currentTarget.checked ? EMPTY_POLICY : '' });
          }}
        />
        Include a permissions boundary
      </label>
      {withBoundary && (
        <PolicyEditor
          label="Permissions boundary"
          name="boundary"
          kind="boundary"
          minRows={8}
          value={form.boundary}
          onChange={(boundary) => set({ boundary })}
        />
      )}
    </fieldset>
  );
}
