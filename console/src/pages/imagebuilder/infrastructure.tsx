/**
 * Infrastructure configurations: the list (ListInfrastructureConfigurations, paged) and one
 * (GetInfrastructureConfiguration): the instance profile the build instance runs with, instance types,
 * network, logging, SNS topic.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetInfrastructureConfiguration.html
 */
import {
  GetInfrastructureConfigurationCommand,
  ListInfrastructureConfigurationsCommand,
  type InfrastructureConfigurationSummary,
} from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { JsonView, Loaded, PageTitle } from '../../ui/basics.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { ArnLink, Details, PagedTable, When } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';

export function InfrastructurePage() {
  const { clients } = useApp();
  const list = usePagedList<InfrastructureConfigurationSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListInfrastructureConfigurationsCommand({
            maxResults: 25,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({
          items: out.infrastructureConfigurationSummaryList ?? [],
          nextToken: out.nextToken,
        })),
    [clients],
  );
  return (
    <section>
      <PageTitle title="Infrastructure configurations" />
      <PagedTable
        list={list}
        empty="No infrastructure configurations."
        columns={[
          {
            title: 'Name',
            cell: (c) => (
              <ArnLink kind="infrastructure" arn={c.arn}>
                {c.name}
              </ArnLink>
            ),
          },
          { title: 'Instance profile', cell: (c) => c.instanceProfileName },
          { title: 'Instance types', cell: (c) => (c.instanceTypes ?? []).join(', ') },
          { title: 'Description', cell: (c) => c.description },
          { title: 'Created', cell: (c) => c.dateCreated && <When value={c.dateCreated} /> },
        ]}
      />
    </section>
  );
}

export function InfrastructureDetail(props: { arn: string }) {
  const { clients } = useApp();
  const config = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: props.arn }))
        .then((out) => out.infrastructureConfiguration ?? {}),
    [clients, props.arn],
  );
  return (
    <section>
      <PageTitle title={`Infrastructure configuration ${config.value?.name ?? ''}`} />
      <p>
        <a href={href('imagebuilder', 'infrastructure')}>← Infrastructure configurations</a>
      </p>
      <Loaded
        state={config}
        render={(c) => (
          <>
            <Details
              rows={[
                ['ARN', <code>{c.arn}</code>],
                ['Description', c.description],
                ['Instance profile', c.instanceProfileName && <code>{c.instanceProfileName}</code>],
                ['Instance types', (c.instanceTypes ?? []).join(', ')],
                ['Subnet', c.subnetId],
                ['Security groups', (c.securityGroupIds ?? []).join(', ')],
                ['Key pair', c.keyPair],
                ['SNS topic', c.snsTopicArn && <code>{c.snsTopicArn}</code>],
                [
                  'S3 logs',
                  c.logging?.s3Logs &&
                    `s3://${c.logging.s3Logs.s3BucketName ?? ''}/${c.logging.s3Logs.s3KeyPrefix ?? ''}`,
                ],
                [
                  'Terminate instance on failure',
                  c.terminateInstanceOnFailure === undefined
                    ? undefined
                    : String(c.terminateInstanceOnFailure),
                ],
                ['Created', c.dateCreated && <When value={c.dateCreated} />],
                ['Updated', c.dateUpdated && <When value={c.dateUpdated} />],
              ]}
            />
            {c.instanceMetadataOptions && (
              <>
                <h2>Instance metadata options</h2>
                <JsonView value={c.instanceMetadataOptions} />
              </>
            )}
            {c.resourceTags && Object.keys(c.resourceTags).length > 0 && (
              <>
                <h2>Resource tags</h2>
                <JsonView value={c.resourceTags} />
              </>
            )}
          </>
        )}
      />
    </section>
  );
}
