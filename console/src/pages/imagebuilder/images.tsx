/**
 * Images: every build version of the images the owner filter selects (ListImages, paged, then
 * ListImageBuildVersions of each image version), with their build states, refreshed every 2 s while a
 * build is in progress; and a small "Create image" form.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImages.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageBuildVersions.html
 */
import {
  ListImageBuildVersionsCommand,
  ListImagesCommand,
  type ImageSummary,
} from '@aws-sdk/client-imagebuilder';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import type { Clients } from '../../aws/clients.js';
import { href } from '../../router.js';
import { PageTitle } from '../../ui/basics.js';
import { readAll, usePagedList } from '../../ui/ib-paged-list.js';
import { OwnerSelect, PagedTable, type Owner } from '../../ui/ib-parts.js';
import { CreateImageForm } from './create-image-form.js';
import { imageColumns } from './image-columns.js';
import { useBuildRefresh } from './use-build-refresh.js';

/** Every build version of one image version, newest first. */
export async function buildVersionsOf(clients: Clients, imageVersionArn: string): Promise<ImageSummary[]> {
  const builds = await readAll((nextToken) =>
    clients.imagebuilder
      .send(new ListImageBuildVersionsCommand({ imageVersionArn, ...(nextToken ? { nextToken } : {}) }))
      .then((out) => ({ items: out.imageSummaryList ?? [], nextToken: out.nextToken })),
  );
  return builds.sort((a, b) => (b.dateCreated ?? '').localeCompare(a.dateCreated ?? ''));
}

export function ImagesPage(props: { owner: Owner }) {
  const { clients } = useApp();
  const [creating, setCreating] = useState(false);
  const list = usePagedList<ImageSummary>(
    async (nextToken) => {
      const out = await clients.imagebuilder.send(
        new ListImagesCommand({ owner: props.owner, maxResults: 25, ...(nextToken ? { nextToken } : {}) }),
      );
      const versions = (out.imageVersionList ?? []).flatMap((v) => (v.arn ? [v.arn] : []));
      const builds = await Promise.all(versions.map((arn) => buildVersionsOf(clients, arn)));
      const items = builds.flat().sort((a, b) => (b.dateCreated ?? '').localeCompare(a.dateCreated ?? ''));
      return { items, nextToken: out.nextToken };
    },
    [clients, props.owner],
  );
  useBuildRefresh(clients, list);
  return (
    <section>
      <PageTitle title="Images">
        <OwnerSelect path={['imagebuilder', 'images']} owner={props.owner} />
        <button type="button" class="secondary" onClick={list.reload}>
          Refresh
        </button>
        <button type="button" onClick={() => setCreating(!creating)}>
          Create image
        </button>
      </PageTitle>
      {creating && <CreateImageForm onCancel={() => setCreating(false)} />}
      <PagedTable list={list} empty="No images." columns={imageColumns} />
    </section>
  );
}

/** `#/imagebuilder/images/VERSION_ARN`: the build versions of one image version. */
export function ImageVersionPage(props: { arn: string }) {
  const { clients } = useApp();
  const list = usePagedList<ImageSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListImageBuildVersionsCommand({
            imageVersionArn: props.arn,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.imageSummaryList ?? [], nextToken: out.nextToken })),
    [clients, props.arn],
  );
  useBuildRefresh(clients, list);
  return (
    <section>
      <PageTitle title="Image build versions" />
      <p>
        <a href={href('imagebuilder', 'images')}>← Images</a> <code>{props.arn}</code>
      </p>
      <PagedTable list={list} empty="This image version has no builds." columns={imageColumns} />
    </section>
  );
}
