/**
 * Search and pick managed policies (AWS managed and customer managed), as the IAM console's "Add
 * permissions" list: a search box, a type filter, and a check box per policy (a radio button when
 * only one may be chosen, as for a permissions boundary). Loads every page of ListPolicies.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 */
import { ListPoliciesCommand, type Policy } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { Field, Loaded } from '../../ui/basics.js';
import { isAwsManaged } from '../../ui/iam-format.js';
import { allPages, page } from '../../ui/iam-pages.js';
import { useAsync } from '../../ui/use-async.js';

const SHOWN = 100;

export function useManagedPolicies() {
  const { clients } = useApp();
  return useAsync(
    () =>
      allPages(async (Marker) => {
        const out = await clients.iam.send(new ListPoliciesCommand({ Scope: 'All', Marker, MaxItems: 1000 }));
        return page(out.Policies, out.IsTruncated, out.Marker);
      }),
    [clients],
  );
}

export function PolicyPicker(props: {
  selected: readonly string[];
  onChange: (arns: string[]) => void;
  /** Policies not to offer (already attached). */
  exclude?: readonly string[];
  /** One policy at most (radio buttons). */
  single?: boolean;
  /** Distinguishes several pickers on one page (the inputs' name). */
  name: string;
}) {
  const policies = useManagedPolicies();
  const [search, setSearch] = useState('');
  const [type, setType] = useState<'All' | 'AWS' | 'Local'>('All');
  const toggle = (arn: string, on: boolean) => {
    if (props.single) props.onChange(on ? [arn] : []);
    else props.onChange(on ? [...props.selected, arn] : props.selected.filter((a) => a !== arn));
  };
  return (
    <div class="iam-picker">
      <div class="iam-toolbar">
        <Field label="Search policies">
          <input
            name={`${props.name}-search`}
            type="search"
            value={search}
            placeholder="Filter by name, for example image"
            onInput={(e) => setSearch(e.currentTarget.value)}
          />
        </Field>
        <Field label="Policy type">
          <select
            name={`${props.name}-type`}
            value={type}
            onChange={(e) => setType(e.currentTarget.value as typeof type)}
          >
            <option value="All">All types</option>
            <option value="AWS">AWS managed</option>
            <option value="Local">Customer managed</option>
          </select>
        </Field>
      </div>
      {props.selected.length > 0 && (
        <p class="iam-selected">
          Selected ({props.selected.length}):{' '}
          {props.selected.map((arn) => (
            <span key={arn} class="iam-chip">
              {arn.split('/').pop()}
              <button
                type="button"
                class="link"
                aria-label={`Remove ${arn.split('/').pop()}`}
                onClick={() => toggle(arn, false)}
              >
                ×
              </button>
            </span>
          ))}
        </p>
      )}
      <Loaded
        state={policies}
        render={(all) => {
          const needle = search.trim().toLowerCase();
          const matches = all.filter(
            (policy: Policy) =>
              !props.exclude?.includes(policy.Arn ?? '') &&
              (type === 'All' || (type === 'AWS') === isAwsManaged(policy.Arn ?? '')) &&
              (!needle || (policy.PolicyName ?? '').toLowerCase().includes(needle)),
          );
          return (
            <>
              <table class="table iam-pick-table">
                <thead>
                  <tr>
                    <th>Choose</th>
                    <th>Policy name</th>
                    <th>Type</th>
                    <th>Attached entities</th>
                  </tr>
                </thead>
                <tbody>
                  {matches.slice(0, SHOWN).map((policy) => {
                    const arn = policy.Arn ?? '';
                    return (
                      <tr key={arn}>
                        <td>
                          <input
                            type={props.single ? 'radio' : 'checkbox'}
                            name={props.name}
                            value={arn}
                            aria-label={policy.PolicyName}
                            checked={props.selected.includes(arn)}
                            onChange={(e) => toggle(arn, e.currentTarget.checked)}
                          />
                        </td>
                        <td>{policy.PolicyName}</td>
                        <td>{isAwsManaged(arn) ? 'AWS managed' : 'Customer managed'}</td>
                        <td>{policy.AttachmentCount ?? 0}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <p class="iam-count">
                {matches.length > SHOWN
                  ? `Showing ${SHOWN} of ${matches.length} matching policies: refine the search to see the others.`
                  : `${matches.length} matching ${matches.length === 1 ? 'policy' : 'policies'}.`}
              </p>
            </>
          );
        }}
      />
    </div>
  );
}
