/**
 * Managed policies: the paged list (ListPolicies) with the IAM console's type filter (Scope: All, AWS
 * managed, customer managed) and "Only attached", and "Create policy".
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 */
import { ListPoliciesCommand, type PolicyScopeType } from '@aws-sdk/client-iam';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { Field, PageTitle } from '../../ui/basics.js';
import { formatDate, isAwsManaged } from '../../ui/iam-format.js';
import { page } from '../../ui/iam-pages.js';
import { PagedTable, usePagedList } from '../../ui/iam-paged-list.js';

export function PoliciesPage(props: { query: URLSearchParams }) {
  const { clients } = useApp();
  const [scope, setScope] = useState<PolicyScopeType>(
    (props.query.get('scope') as PolicyScopeType | null) ?? 'All',
  );
  const [onlyAttached, setOnlyAttached] = useState(false);
  const list = usePagedList(
    async (Marker) => {
      const out = await clients.iam.send(
        new ListPoliciesCommand({ Scope: scope, OnlyAttached: onlyAttached, Marker, MaxItems: 100 }),
      );
      return page(out.Policies, out.IsTruncated, out.Marker);
    },
    [clients, scope, onlyAttached],
  );
  return (
    <section>
      <PageTitle title="Policies">
        <a class="button" href={href('iam', 'policies', 'create')}>
          Create policy
        </a>
      </PageTitle>
      <PagedTable
        list={list}
        noun="policies"
        filterText={(policy) => `${policy.PolicyName} ${policy.Arn}`}
        columns={[
          {
            title: 'Policy name',
            cell: (policy) => <a href={href('iam', 'policies', policy.Arn ?? '')}>{policy.PolicyName}</a>,
          },
          {
            title: 'Type',
            cell: (policy) => (isAwsManaged(policy.Arn ?? '') ? 'AWS managed' : 'Customer managed'),
          },
          { title: 'Default version', cell: (policy) => policy.DefaultVersionId },
          { title: 'Attached entities', cell: (policy) => policy.AttachmentCount ?? 0 },
          { title: 'Updated', cell: (policy) => formatDate(policy.UpdateDate) },
        ]}
      >
        <Field label="Scope">
          <select
            name="scope"
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value as PolicyScopeType)}
          >
            <option value="All">All types</option>
            <option value="AWS">AWS managed</option>
            <option value="Local">Customer managed</option>
          </select>
        </Field>
        <label class="iam-radio">
          <input
            type="checkbox"
            name="onlyAttached"
            checked={onlyAttached}
            onChange={(e) => setOnlyAttached(e.currentTarget.checked)}
          />
          Only attached
        </label>
      </PagedTable>
    </section>
  );
}
