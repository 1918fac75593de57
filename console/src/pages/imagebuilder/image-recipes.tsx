/**
 * Image recipes: the list (ListImageRecipes, owner filter, paged) and one recipe (GetImageRecipe):
 * parent image, components, block devices.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageRecipes.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetImageRecipe.html
 */
import {
  GetImageRecipeCommand,
  ListImageRecipesCommand,
  type ImageRecipeSummary,
} from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { JsonView, Loaded, PageTitle } from '../../ui/basics.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { ArnLink, Details, OwnerSelect, PagedTable, When, type Owner } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';
import { RecipeComponents } from './components-table.js';
import { arnResourceName } from './image-states.js';

export function ImageRecipesPage(props: { owner: Owner }) {
  const { clients } = useApp();
  const list = usePagedList<ImageRecipeSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListImageRecipesCommand({
            owner: props.owner,
            maxResults: 25,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.imageRecipeSummaryList ?? [], nextToken: out.nextToken })),
    [clients, props.owner],
  );
  return (
    <section>
      <PageTitle title="Image recipes">
        <OwnerSelect path={['imagebuilder', 'image-recipes']} owner={props.owner} />
      </PageTitle>
      <PagedTable
        list={list}
        empty="No image recipes."
        columns={[
          {
            title: 'Name',
            cell: (r) => (
              <ArnLink kind="image-recipes" arn={r.arn}>
                {r.name}
              </ArnLink>
            ),
          },
          { title: 'Version', cell: (r) => arnResourceName(r.arn ?? '').split('/')[1] },
          { title: 'Platform', cell: (r) => r.platform },
          { title: 'Parent image', cell: (r) => <code>{r.parentImage}</code> },
          { title: 'Owner', cell: (r) => r.owner },
          { title: 'Created', cell: (r) => r.dateCreated && <When value={r.dateCreated} /> },
        ]}
      />
    </section>
  );
}

export function ImageRecipeDetail(props: { arn: string }) {
  const { clients } = useApp();
  const recipe = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetImageRecipeCommand({ imageRecipeArn: props.arn }))
        .then((out) => out.imageRecipe ?? {}),
    [clients, props.arn],
  );
  return (
    <section>
      <PageTitle title={`Image recipe ${recipe.value ? arnResourceName(recipe.value.arn ?? '') : ''}`} />
      <p>
        <a href={href('imagebuilder', 'image-recipes')}>← Image recipes</a>
      </p>
      <Loaded
        state={recipe}
        render={(r) => (
          <>
            <Details
              rows={[
                ['ARN', <code>{r.arn}</code>],
                ['Description', r.description],
                ['Platform', r.platform],
                ['Owner', r.owner],
                ['Parent image', <code>{r.parentImage}</code>],
                ['Working directory', r.workingDirectory],
                ['Created', r.dateCreated && <When value={r.dateCreated} />],
              ]}
            />
            <h2>Components</h2>
            <RecipeComponents components={r.components} />
            {r.blockDeviceMappings && r.blockDeviceMappings.length > 0 && (
              <>
                <h2>Block device mappings</h2>
                <JsonView value={r.blockDeviceMappings} />
              </>
            )}
            {r.additionalInstanceConfiguration && (
              <>
                <h2>Additional instance configuration</h2>
                <JsonView value={r.additionalInstanceConfiguration} />
              </>
            )}
          </>
        )}
      />
    </section>
  );
}
