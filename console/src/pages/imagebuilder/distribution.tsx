/**
 * Distribution settings: the list (ListDistributionConfigurations, paged) and one
 * (GetDistributionConfiguration): per Region, the AMI name, target accounts, launch permissions,
 * container repository and launch template configurations.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetDistributionConfiguration.html
 */
import {
  GetDistributionConfigurationCommand,
  ListDistributionConfigurationsCommand,
  type DistributionConfigurationSummary,
} from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { JsonView, Loaded, PageTitle, Table } from '../../ui/basics.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { ArnLink, Details, PagedTable, When } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';

export function DistributionPage() {
  const { clients } = useApp();
  const list = usePagedList<DistributionConfigurationSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListDistributionConfigurationsCommand({ maxResults: 25, ...(nextToken ? { nextToken } : {}) }),
        )
        .then((out) => ({ items: out.distributionConfigurationSummaryList ?? [], nextToken: out.nextToken })),
    [clients],
  );
  return (
    <section>
      <PageTitle title="Distribution settings" />
      <PagedTable
        list={list}
        empty="No distribution settings."
        columns={[
          {
            title: 'Name',
            cell: (c) => (
              <ArnLink kind="distribution" arn={c.arn}>
                {c.name}
              </ArnLink>
            ),
          },
          { title: 'Regions', cell: (c) => (c.regions ?? []).join(', ') },
          { title: 'Description', cell: (c) => c.description },
          { title: 'Created', cell: (c) => c.dateCreated && <When value={c.dateCreated} /> },
        ]}
      />
    </section>
  );
}

export function DistributionDetail(props: { arn: string }) {
  const { clients } = useApp();
  const config = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetDistributionConfigurationCommand({ distributionConfigurationArn: props.arn }))
        .then((out) => out.distributionConfiguration ?? { timeoutMinutes: undefined }),
    [clients, props.arn],
  );
  return (
    <section>
      <PageTitle title={`Distribution settings ${config.value?.name ?? ''}`} />
      <p>
        <a href={href('imagebuilder', 'distribution')}>← Distribution settings</a>
      </p>
      <Loaded
        state={config}
        render={(c) => (
          <>
            <Details
              rows={[
                ['ARN', <code>{c.arn}</code>],
                ['Description', c.description],
                ['Timeout (minutes)', c.timeoutMinutes],
                ['Created', c.dateCreated && <When value={c.dateCreated} />],
                ['Updated', c.dateUpdated && <When value={c.dateUpdated} />],
              ]}
            />
            <h2>Distributions</h2>
            <Table
              rows={c.distributions ?? []}
              empty="No distributions."
              columns={[
                { title: 'Region', cell: (d) => d.region },
                { title: 'AMI name', cell: (d) => d.amiDistributionConfiguration?.name },
                {
                  title: 'Target accounts',
                  cell: (d) => (d.amiDistributionConfiguration?.targetAccountIds ?? []).join(', '),
                },
                {
                  title: 'Launch permission',
                  cell: (d) => {
                    const lp = d.amiDistributionConfiguration?.launchPermission;
                    return lp
                      ? [
                          ...(lp.userIds ?? []),
                          ...(lp.userGroups ?? []),
                          ...(lp.organizationArns ?? []),
                          ...(lp.organizationalUnitArns ?? []),
                        ].join(', ')
                      : '';
                  },
                },
                {
                  title: 'Container repository',
                  cell: (d) => d.containerDistributionConfiguration?.targetRepository?.repositoryName,
                },
                {
                  title: 'Everything',
                  cell: (d) => (
                    <details>
                      <summary>JSON</summary>
                      <JsonView value={d} />
                    </details>
                  ),
                },
              ]}
            />
          </>
        )}
      />
    </section>
  );
}
