/**
 * Create role, step 4: "Name, review, and create": role name, path, description, maximum session
 * duration and tags, then a review of every step before "Create role".
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
import { Field, JsonView } from '../../ui/basics.js';
import { nameOfArn } from '../../ui/iam-format.js';
import type { RoleDetails } from './role-create-model.js';
import { trustedEntities } from './role-trust-summary.js';

const HOURS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function DetailsStep(props: { details: RoleDetails; onChange: (details: RoleDetails) => void }) {
  const { details } = props;
  const set = (patch: Partial<RoleDetails>) => props.onChange({ ...details, ...patch });
  const setTag = (index: number, patch: Partial<{ key: string; value: string }>) =>
    set({ tags: details.tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)) });
  return (
    <div>
      <Field label="Role name">
        <input name="roleName" value={details.name} onInput={(e) => set({ name: e.currentTarget.value })} />
      </Field>
      <Field label="Path">
        <input name="rolePath" value={details.path} onInput={(e) => set({ path: e.currentTarget.value })} />
      </Field>
      <Field label="Description">
        <textarea
          name="roleDescription"
          rows={2}
          value={details.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
      </Field>
      <Field label="Maximum session duration">
        <select
          name="maxSessionDuration"
          value={String(details.maxSessionDuration)}
          onChange={(e) => set({ maxSessionDuration: Number(e.currentTarget.value) })}
        >
          {HOURS.map((hours) => (
            <option key={hours} value={String(hours * 3600)}>
              {hours} hour{hours === 1 ? '' : 's'}
            </option>
          ))}
        </select>
      </Field>
      <h3>Tags - optional</h3>
      {details.tags.map((tag, index) => (
        <div key={index} class="iam-row">
          <Field label={`Tag ${index + 1} key`}>
            <input
              name={`tagKey${index}`}
              value={tag.key}
              onInput={(e) => setTag(index, { key: e.currentTarget.value })}
            />
          </Field>
          <Field label={`Tag ${index + 1} value`}>
            <input
              name={`tagValue${index}`}
              value={tag.value}
              onInput={(e) => setTag(index, { value: e.currentTarget.value })}
            />
          </Field>
          <button
            type="button"
            class="secondary"
            onClick={() => set({ tags: details.tags.filter((_, i) => i !== index) })}
          >
            Remove tag {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary"
        onClick={() => set({ tags: [...details.tags, { key: '', value: '' }] })}
      >
        Add tag
      </button>
    </div>
  );
}

export function Review(props: {
  trustPolicy: string;
  policies: readonly string[];
  boundary: string | undefined;
  instanceProfile: boolean;
  details: RoleDetails;
}) {
  return (
    <section class="iam-review" aria-label="Review">
      <h3>Review</h3>
      <dl class="iam-summary">
        <dt>Trusted entities</dt>
        <dd>{trustedEntities(props.trustPolicy).join('; ') || '—'}</dd>
        <dt>Permissions policies</dt>
        <dd>{props.policies.length ? props.policies.map(nameOfArn).join(', ') : 'None'}</dd>
        <dt>Permissions boundary</dt>
        <dd>{props.boundary ? nameOfArn(props.boundary) : 'Not set'}</dd>
        <dt>Instance profile</dt>
        <dd>
          {props.instanceProfile ? `${props.details.name || '(role name)'} (created with the role)` : 'None'}
        </dd>
      </dl>
      <h4>Trust policy</h4>
      <JsonView value={props.trustPolicy} />
    </section>
  );
}
