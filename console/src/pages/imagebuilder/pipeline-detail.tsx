/**
 * One image pipeline (GetImagePipeline): its configuration, its images (ListImagePipelineImages, with
 * their build states kept current), and "Run pipeline" (StartImagePipelineExecution with a client
 * token), which opens the new image's page.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartImagePipelineExecution.html
 */
import {
  GetImagePipelineCommand,
  ListImagePipelineImagesCommand,
  StartImagePipelineExecutionCommand,
  type ImageSummary,
} from '@aws-sdk/client-imagebuilder';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { ErrorBox, JsonView, Loaded, PageTitle } from '../../ui/basics.js';
import { ArnLink, Details, PagedTable, StateBadge, When } from '../../ui/ib-parts.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { useAsync } from '../../ui/use-async.js';
import { imageColumns } from './image-columns.js';
import { arnResourceName, newClientToken } from './image-states.js';
import { useBuildRefresh } from './use-build-refresh.js';

function RunPipeline(props: { arn: string; setError: (error: unknown) => void }) {
  const { clients } = useApp();
  const [running, setRunning] = useState(false);
  const { setError } = props;
  const run = async () => {
    setRunning(true);
    setError(undefined);
    try {
      const out = await clients.imagebuilder.send(
        new StartImagePipelineExecutionCommand({
          imagePipelineArn: props.arn,
          clientToken: newClientToken(),
        }),
      );
      if (out.imageBuildVersionArn) navigate(href('imagebuilder', 'images', out.imageBuildVersionArn));
      else setRunning(false);
    } catch (caught) {
      setError(caught);
      setRunning(false);
    }
  };
  return (
    <button type="button" disabled={running} onClick={run}>
      Run pipeline
    </button>
  );
}

function PipelineImages(props: { arn: string }) {
  const { clients } = useApp();
  const list = usePagedList<ImageSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListImagePipelineImagesCommand({
            imagePipelineArn: props.arn,
            maxResults: 25,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.imageSummaryList ?? [], nextToken: out.nextToken })),
    [clients, props.arn],
  );
  useBuildRefresh(clients, list);
  return <PagedTable list={list} empty="This pipeline has built no images yet." columns={imageColumns} />;
}

export function PipelineDetail(props: { arn: string }) {
  const { clients } = useApp();
  const [runError, setRunError] = useState<unknown>(undefined);
  const pipeline = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetImagePipelineCommand({ imagePipelineArn: props.arn }))
        .then((out) => out.imagePipeline ?? {}),
    [clients, props.arn],
  );
  return (
    <section>
      <PageTitle title={`Pipeline ${pipeline.value?.name ?? ''}`}>
        <RunPipeline arn={props.arn} setError={setRunError} />
      </PageTitle>
      <p>
        <a href={href('imagebuilder', 'pipelines')}>← Pipelines</a>
      </p>
      {runError !== undefined && <ErrorBox error={runError} />}
      <Loaded
        state={pipeline}
        render={(p) => (
          <>
            <Details
              rows={[
                ['ARN', <code>{p.arn}</code>],
                ['Description', p.description],
                ['Status', p.status],
                ['Platform', p.platform],
                [
                  'Image recipe',
                  p.imageRecipeArn && (
                    <ArnLink kind="image-recipes" arn={p.imageRecipeArn}>
                      {arnResourceName(p.imageRecipeArn)}
                    </ArnLink>
                  ),
                ],
                [
                  'Container recipe',
                  p.containerRecipeArn && (
                    <ArnLink kind="container-recipes" arn={p.containerRecipeArn}>
                      {arnResourceName(p.containerRecipeArn)}
                    </ArnLink>
                  ),
                ],
                [
                  'Infrastructure configuration',
                  p.infrastructureConfigurationArn && (
                    <ArnLink kind="infrastructure" arn={p.infrastructureConfigurationArn}>
                      {arnResourceName(p.infrastructureConfigurationArn)}
                    </ArnLink>
                  ),
                ],
                [
                  'Distribution settings',
                  p.distributionConfigurationArn && (
                    <ArnLink kind="distribution" arn={p.distributionConfigurationArn}>
                      {arnResourceName(p.distributionConfigurationArn)}
                    </ArnLink>
                  ),
                ],
                ['Execution role', p.executionRole],
                ['Schedule', p.schedule?.scheduleExpression ?? 'Manual'],
                ['Last run', p.lastRunStatus ? <StateBadge status={p.lastRunStatus} /> : undefined],
                ['Date last run', p.dateLastRun && <When value={p.dateLastRun} />],
                ['Consecutive failures', p.consecutiveFailures],
                ['Enhanced image metadata', p.enhancedImageMetadataEnabled ? 'Enabled' : 'Disabled'],
                ['Created', p.dateCreated && <When value={p.dateCreated} />],
              ]}
            />
            {p.workflows && p.workflows.length > 0 && (
              <>
                <h2>Workflows</h2>
                <JsonView value={p.workflows} />
              </>
            )}
          </>
        )}
      />
      <h2>Images</h2>
      <PipelineImages arn={props.arn} />
    </section>
  );
}
