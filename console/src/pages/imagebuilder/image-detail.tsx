/**
 * One image build version (GetImage): its build state with colour — refreshed every 2 s while the build
 * is in progress —, for a failed build the reason and the refused request, what it was built from, and
 * its output resources (AMIs, container images).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImage.html
 */
import { CancelImageCreationCommand, GetImageCommand, type Image } from '@aws-sdk/client-imagebuilder';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { ErrorBox, JsonView, Loaded, PageTitle, Table } from '../../ui/basics.js';
import { ArnLink, Details, StateBadge, When } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';
import { ImageFailurePanel } from './image-failure.js';
import { arnResourceName, isInProgress, newClientToken, REFRESH_MS } from './image-states.js';

function CancelBuild(props: { arn: string; onDone: () => void; setError: (error: unknown) => void }) {
  const { clients } = useApp();
  const { setError } = props;
  const cancel = () =>
    clients.imagebuilder
      .send(
        new CancelImageCreationCommand({ imageBuildVersionArn: props.arn, clientToken: newClientToken() }),
      )
      .then(props.onDone, setError);
  return (
    <button type="button" class="secondary" onClick={cancel}>
      Cancel build
    </button>
  );
}

function Outputs(props: { image: Image }) {
  const amis = props.image.outputResources?.amis ?? [];
  const containers = props.image.outputResources?.containers ?? [];
  if (amis.length === 0 && containers.length === 0) return null;
  return (
    <>
      <h2>Output resources</h2>
      {amis.length > 0 && (
        <Table
          rows={amis}
          columns={[
            { title: 'Region', cell: (a) => a.region },
            { title: 'AMI', cell: (a) => <code>{a.image}</code> },
            { title: 'Name', cell: (a) => a.name },
            { title: 'Account', cell: (a) => a.accountId },
            { title: 'State', cell: (a) => a.state?.status },
          ]}
        />
      )}
      {containers.length > 0 && (
        <Table
          rows={containers}
          columns={[
            { title: 'Region', cell: (c) => c.region },
            { title: 'Image URIs', cell: (c) => (c.imageUris ?? []).join(' ') },
          ]}
        />
      )}
    </>
  );
}

function ImageBody(props: { image: Image; arn: string }) {
  const i = props.image;
  const recipeArn = i.imageRecipe?.arn ?? i.containerRecipe?.arn;
  return (
    <>
      {i.state?.status === 'FAILED' && <ImageFailurePanel arn={props.arn} reason={i.state.reason} />}
      <h2>Details</h2>
      <Details
        rows={[
          ['ARN', <code>{i.arn}</code>],
          ['Status', <StateBadge status={i.state?.status} />],
          ['Reason', i.state?.status !== 'FAILED' && i.state?.reason],
          ['Type', i.type],
          ['Platform', [i.platform, i.osVersion].filter(Boolean).join(' — ')],
          ['Build type', i.buildType],
          [
            'Pipeline',
            i.sourcePipelineArn && (
              <ArnLink kind="pipelines" arn={i.sourcePipelineArn}>
                {i.sourcePipelineName}
              </ArnLink>
            ),
          ],
          [
            'Recipe',
            recipeArn && (
              <ArnLink kind={i.imageRecipe ? 'image-recipes' : 'container-recipes'} arn={recipeArn}>
                {arnResourceName(recipeArn)}
              </ArnLink>
            ),
          ],
          [
            'Infrastructure configuration',
            i.infrastructureConfiguration?.arn && (
              <ArnLink kind="infrastructure" arn={i.infrastructureConfiguration.arn}>
                {i.infrastructureConfiguration.name}
              </ArnLink>
            ),
          ],
          ['Instance profile', i.infrastructureConfiguration?.instanceProfileName],
          [
            'Distribution settings',
            i.distributionConfiguration?.arn && (
              <ArnLink kind="distribution" arn={i.distributionConfiguration.arn}>
                {i.distributionConfiguration.name}
              </ArnLink>
            ),
          ],
          ['Execution role', i.executionRole],
          ['Enhanced image metadata', i.enhancedImageMetadataEnabled ? 'Enabled' : 'Disabled'],
          ['Created', i.dateCreated && <When value={i.dateCreated} />],
        ]}
      />
      <Outputs image={i} />
      <details>
        <summary>GetImage response</summary>
        <JsonView value={i} />
      </details>
    </>
  );
}

export function ImageDetail(props: { arn: string }) {
  const { clients } = useApp();
  const image = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetImageCommand({ imageBuildVersionArn: props.arn }))
        .then((out) => out.image ?? {}),
    [clients, props.arn],
  );
  const [cancelError, setCancelError] = useState<unknown>(undefined);
  const status = image.value?.state?.status;
  useEffect(() => {
    if (!isInProgress(status)) return undefined;
    const timer = setTimeout(image.reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [status, image.value]);
  const name = image.value ? `${image.value.name ?? ''} ${image.value.version ?? ''}` : '';
  return (
    <section>
      <PageTitle title={`Image ${name}`}>
        {status && <StateBadge status={status} />}
        {isInProgress(status) && (
          <CancelBuild arn={props.arn} onDone={image.reload} setError={setCancelError} />
        )}
        <button type="button" class="secondary" onClick={image.reload}>
          Refresh
        </button>
      </PageTitle>
      <p>
        <a href={href('imagebuilder', 'images')}>← Images</a>
        {isInProgress(status) && <span class="loading"> Build in progress: refreshing every 2 seconds.</span>}
      </p>
      {cancelError !== undefined && <ErrorBox error={cancelError} />}
      <Loaded state={image} render={(value) => <ImageBody image={value} arn={props.arn} />} />
    </section>
  );
}
