/**
 * Components: the list of component versions (ListComponents, owner filter, paged), the build versions
 * of one version (ListComponentBuildVersions), and one build version (GetComponent) with its document.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponentBuildVersions.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponent.html
 */
import {
  GetComponentCommand,
  ListComponentBuildVersionsCommand,
  ListComponentsCommand,
  type ComponentSummary,
  type ComponentVersion,
} from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { Loaded, PageTitle, Table } from '../../ui/basics.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { ArnLink, Details, OwnerSelect, PagedTable, When, type Owner } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';
import { arnResourceName } from './image-states.js';

const back = (
  <p>
    <a href={href('imagebuilder', 'components')}>← Components</a>
  </p>
);

export function ComponentsPage(props: { owner: Owner }) {
  const { clients } = useApp();
  const list = usePagedList<ComponentVersion>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListComponentsCommand({
            owner: props.owner,
            maxResults: 25,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.componentVersionList ?? [], nextToken: out.nextToken })),
    [clients, props.owner],
  );
  return (
    <section>
      <PageTitle title="Components">
        <OwnerSelect path={['imagebuilder', 'components']} owner={props.owner} />
      </PageTitle>
      <PagedTable
        list={list}
        empty="No components."
        columns={[
          {
            title: 'Name',
            cell: (c) => (
              <ArnLink kind="components" arn={c.arn}>
                {c.name}
              </ArnLink>
            ),
          },
          { title: 'Version', cell: (c) => c.version },
          { title: 'Type', cell: (c) => c.type },
          { title: 'Platform', cell: (c) => c.platform },
          { title: 'Description', cell: (c) => c.description },
          { title: 'Created', cell: (c) => c.dateCreated && <When value={c.dateCreated} /> },
        ]}
      />
    </section>
  );
}

/** `#/imagebuilder/components/VERSION_ARN`: its build versions, and the only one's details. */
export function ComponentVersionPage(props: { arn: string }) {
  const { clients } = useApp();
  const list = usePagedList<ComponentSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListComponentBuildVersionsCommand({
            componentVersionArn: props.arn,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.componentSummaryList ?? [], nextToken: out.nextToken })),
    [clients, props.arn],
  );
  const only = list.items.length === 1 && !list.hasMore ? list.items[0]?.arn : undefined;
  return (
    <section>
      <PageTitle title={`Component ${arnResourceName(props.arn)}`} />
      {back}
      <h2>Build versions</h2>
      <PagedTable
        list={list}
        empty="This component version has no builds."
        columns={[
          {
            title: 'Build version',
            cell: (c) => (
              <ArnLink kind="components" arn={c.arn}>
                {arnResourceName(c.arn ?? '')}
              </ArnLink>
            ),
          },
          { title: 'State', cell: (c) => c.state?.status },
          { title: 'Created', cell: (c) => c.dateCreated && <When value={c.dateCreated} /> },
        ]}
      />
      {only && <ComponentBody arn={only} />}
    </section>
  );
}

function ComponentBody(props: { arn: string }) {
  const { clients } = useApp();
  const component = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetComponentCommand({ componentBuildVersionArn: props.arn }))
        .then((out) => out.component ?? {}),
    [clients, props.arn],
  );
  return (
    <Loaded
      state={component}
      render={(c) => (
        <>
          <h2>Details</h2>
          <Details
            rows={[
              ['ARN', <code>{c.arn}</code>],
              ['Description', c.description],
              ['Change description', c.changeDescription],
              ['Type', c.type],
              ['Platform', c.platform],
              ['Supported OS versions', (c.supportedOsVersions ?? []).join(', ')],
              ['State', c.state?.status],
              ['Owner', c.owner],
              ['Encrypted', c.encrypted === undefined ? undefined : String(c.encrypted)],
              ['KMS key', c.kmsKeyId],
              ['Created', c.dateCreated && <When value={c.dateCreated} />],
            ]}
          />
          {c.parameters && c.parameters.length > 0 && (
            <>
              <h2>Parameters</h2>
              <Table
                rows={c.parameters}
                columns={[
                  { title: 'Name', cell: (p) => p.name },
                  { title: 'Type', cell: (p) => p.type },
                  { title: 'Default', cell: (p) => (p.defaultValue ?? []).join(', ') },
                  { title: 'Description', cell: (p) => p.description },
                ]}
              />
            </>
          )}
          <h2>Document</h2>
          <pre class="json">{c.data ?? ''}</pre>
        </>
      )}
    />
  );
}

/** `#/imagebuilder/components/BUILD_VERSION_ARN`. */
export function ComponentDetail(props: { arn: string }) {
  const versionArn = props.arn.replace(/\/\d+$/, '');
  return (
    <section>
      <PageTitle title={`Component ${arnResourceName(props.arn)}`} />
      <p>
        <a href={href('imagebuilder', 'components')}>← Components</a> ·{' '}
        <a href={href('imagebuilder', 'components', versionArn)}>All builds of this version</a>
      </p>
      <ComponentBody arn={props.arn} />
    </section>
  );
}
