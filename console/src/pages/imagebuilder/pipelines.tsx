/**
 * Image pipelines: the list (ListImagePipelines, paged) with each pipeline's status and last run.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelines.html
 */
import { ListImagePipelinesCommand, type ImagePipeline } from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { PageTitle } from '../../ui/basics.js';
import { ArnLink, PagedTable, StateBadge, When } from '../../ui/ib-parts.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { arnResourceName } from './image-states.js';

export function PipelinesPage() {
  const { clients } = useApp();
  const list = usePagedList<ImagePipeline>(
    (nextToken) =>
      clients.imagebuilder
        .send(new ListImagePipelinesCommand({ maxResults: 25, ...(nextToken ? { nextToken } : {}) }))
        .then((out) => ({ items: out.imagePipelineList ?? [], nextToken: out.nextToken })),
    [clients],
  );
  return (
    <section>
      <PageTitle title="Image pipelines">
        <button type="button" class="secondary" onClick={list.reload}>
          Refresh
        </button>
      </PageTitle>
      <PagedTable
        list={list}
        empty="No image pipelines."
        columns={[
          {
            title: 'Name',
            cell: (p) => (
              <ArnLink kind="pipelines" arn={p.arn}>
                {p.name}
              </ArnLink>
            ),
          },
          { title: 'Status', cell: (p) => p.status },
          {
            title: 'Recipe',
            cell: (p) =>
              p.imageRecipeArn ? (
                <ArnLink kind="image-recipes" arn={p.imageRecipeArn}>
                  {arnResourceName(p.imageRecipeArn)}
                </ArnLink>
              ) : (
                <ArnLink kind="container-recipes" arn={p.containerRecipeArn}>
                  {arnResourceName(p.containerRecipeArn ?? '')}
                </ArnLink>
              ),
          },
          {
            title: 'Last run',
            cell: (p) =>
              p.lastRunStatus ? (
                <>
                  <StateBadge status={p.lastRunStatus} /> <When value={p.dateLastRun} />
                </>
              ) : (
                <When value={p.dateLastRun} />
              ),
          },
          { title: 'Schedule', cell: (p) => p.schedule?.scheduleExpression ?? 'Manual' },
          { title: 'Created', cell: (p) => <When value={p.dateCreated} /> },
        ]}
      />
    </section>
  );
}
