/**
 * Building blocks of the Image Builder pages: a coloured build state, a list of label/value pairs, a
 * link to a resource's page by ARN, a paged table with "Load more", and the owner filter.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImages.html (owner)
 */
import type { ComponentChildren } from 'preact';
import { stateTone } from '../pages/imagebuilder/image-states.js';
import { href, hrefWithQuery, navigate } from '../router.js';
import { ErrorBox, Table, type Column } from './basics.js';
import type { PagedList } from './ib-paged-list.js';

/** A build state with its colour: `<span class="ib-state ib-state-bad">FAILED</span>`. */
export function StateBadge(props: { status: string | undefined }) {
  const status = props.status ?? 'UNKNOWN';
  return <span class={`ib-state ib-state-${stateTone(props.status)}`}>{status}</span>;
}

/** Label/value rows; rows whose value is undefined, null, false or '' are left out. */
export function Details(props: { rows: readonly (readonly [string, ComponentChildren])[] }) {
  const shown = props.rows.filter(
    ([, value]) => value !== undefined && value !== null && value !== false && value !== '',
  );
  return (
    <dl class="ib-details">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A link to the console page of an Image Builder resource: `#/imagebuilder/KIND/ARN`. */
export function ArnLink(props: { kind: string; arn: string | undefined; children?: ComponentChildren }) {
  if (!props.arn) return null;
  return (
    <a href={href('imagebuilder', props.kind, props.arn)}>{props.children ?? <code>{props.arn}</code>}</a>
  );
}

/** A table of a paged list: its rows, its error, and a "Load more" button while there is more. */
export function PagedTable<T>(props: { list: PagedList<T>; columns: readonly Column<T>[]; empty: string }) {
  const { list } = props;
  return (
    <>
      {list.error !== undefined && <ErrorBox error={list.error} />}
      {list.items.length === 0 && list.loading ? (
        <p class="loading">Loading…</p>
      ) : list.error === undefined || list.items.length > 0 ? (
        <Table rows={list.items} columns={props.columns} empty={props.empty} />
      ) : null}
      {list.hasMore && (
        <div class="buttons">
          <button type="button" class="secondary" disabled={list.loading} onClick={list.loadMore}>
            Load more
          </button>
        </div>
      )}
    </>
  );
}

export const OWNERS = ['Self', 'Shared', 'Amazon', 'ThirdParty', 'AWSMarketplace'] as const;
export type Owner = (typeof OWNERS)[number];

/** The owner filter of the lists that have one (Self by default). */
export function ownerOf(query: URLSearchParams): Owner {
  const value = query.get('owner');
  return OWNERS.find((owner) => owner === value) ?? 'Self';
}

export function OwnerSelect(props: { path: readonly string[]; owner: Owner }) {
  return (
    <label class="ib-inline-field">
      Owner{' '}
      <select
        name="owner"
        value={props.owner}
        onChange={(event) => {
          const owner = event.currentTarget.value;
          navigate(hrefWithQuery(props.path, owner === 'Self' ? {} : { owner }));
        }}
      >
        {OWNERS.map((owner) => (
          <option key={owner} value={owner}>
            {owner}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A date as the service sent it (ISO text or a Date), in the browser's locale. */
export function When(props: { value: string | Date | undefined }) {
  if (!props.value) return null;
  const date = props.value instanceof Date ? props.value : new Date(props.value);
  if (Number.isNaN(date.getTime())) return <>{String(props.value)}</>;
  return <time dateTime={date.toISOString()}>{date.toLocaleString()}</time>;
}
