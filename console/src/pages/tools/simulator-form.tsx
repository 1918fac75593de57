/**
 * The policy simulator's inputs: a principal of the account or pasted policies, actions (with common
 * Image Builder and IAM ones a click away), resources, context keys (key, type, values), and optionally
 * a resource-based policy and a permissions boundary.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 */
import { ListGroupsCommand, ListRolesCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { ErrorBox, Field } from '../../ui/basics.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { PolicyEditor } from '../../ui/policy-editor.js';
import { useAsync } from '../../ui/use-async.js';
import { splitList, type ContextRow, type SimulatorForm } from './simulator-query.js';
import { CONTEXT_KEY_TYPES } from './simulator-types.js';

const EMPTY_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [] }, null, 2);

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

const COMMON_KEYS = [
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:PrincipalArn',
  'aws:RequestTag/CreatedBy',
  'aws:ResourceTag/CreatedBy',
  'aws:TagKeys',
  'aws:CalledVia',
  'aws:SourceIp',
  'aws:CurrentTime',
  'aws:MultiFactorAuthPresent',
  'iam:PassedToService',
  'iam:AWSServiceName',
  'sts:ExternalId',
  'ec2:ResourceTag/CreatedBy',
];

function usePrincipals() {
  const { clients } = useApp();
  const { iam } = clients;
  return useAsync(async () => {
    const [users, groups, roles] = await Promise.all([
      allPages(async (Marker) => {
        const out = await iam.send(new ListUsersCommand({ Marker }));
        return page(out.Users, out.IsTruncated, out.Marker);
      }),
      allPages(async (Marker) => {
        const out = await iam.send(new ListGroupsCommand({ Marker }));
        return page(out.Groups, out.IsTruncated, out.Marker);
      }),
      allPages(async (Marker) => {
        const out = await iam.send(new ListRolesCommand({ Marker }));
        return page(out.Roles, out.IsTruncated, out.Marker);
      }),
    ]);
    return {
      Users: users.map((u) => ({ arn: u.Arn ?? '', name: u.UserName ?? '' })),
      Groups: groups.map((g) => ({ arn: g.Arn ?? '', name: g.GroupName ?? '' })),
      Roles: roles.map((r) => ({ arn: r.Arn ?? '', name: r.RoleName ?? '' })),
    };
  }, [iam]);
}

export function SimulatorInputs(props: { form: SimulatorForm; onChange: (form: SimulatorForm) => void }) {
  const { form } = props;
  const set = (patch: Partial<SimulatorForm>) => props.onChange({ ...form, ...patch });
  const principals = usePrincipals();
  const known = Object.values(principals.value ?? {}).some((list) =>
    list.some((p) => p.arn === form.policySourceArn),
  );
  const setRow = (index: number, patch: Partial<ContextRow>) =>
    set({ context: form.context.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
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

      <fieldset class="iam-fieldset">
        <legend>Context keys</legend>
        <datalist id="sim-context-keys">
          {COMMON_KEYS.map((key) => (
            <option key={key} value={key} />
          ))}
        </datalist>
        {form.context.length === 0 && (
          <p class="empty">No context keys: conditions on them see the key as absent.</p>
        )}
        {form.context.map((row, index) => (
          <div key={index} class="iam-row">
            <Field label={`Context key ${index + 1}`}>
              <input
                name={`contextKey${index}`}
                list="sim-context-keys"
                value={row.key}
                onInput={(e) => setRow(index, { key: e.currentTarget.value })}
              />
            </Field>
            <Field label={`Type ${index + 1}`}>
              <select
                name={`contextType${index}`}
                value={row.type}
                onChange={(e) => setRow(index, { type: e.currentTarget.value as ContextRow['type'] })}
              >
                {CONTEXT_KEY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={`Values ${index + 1}`}>
              <input
                name={`contextValues${index}`}
                value={row.values}
                onInput={(e) => setRow(index, { values: e.currentTarget.value })}
              />
            </Field>
            <button
              type="button"
              class="secondary"
              onClick={() => set({ context: form.context.filter((_, i) => i !== index) })}
            >
              Remove context key {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() => set({ context: [...form.context, { key: '', type: 'string', values: '' }] })}
        >
          Add context key
        </button>
      </fieldset>

      <OptionalPolicies form={form} set={set} />
    </div>
  );
}

function OptionalPolicies(props: { form: SimulatorForm; set: (patch: Partial<SimulatorForm>) => void }) {
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
