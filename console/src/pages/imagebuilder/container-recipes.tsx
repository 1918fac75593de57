/**
 * Container recipes: the list (ListContainerRecipes, owner filter, paged) and one recipe
 * (GetContainerRecipe): parent image, target repository, components, Dockerfile template.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListContainerRecipes.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetContainerRecipe.html
 */
import {
  GetContainerRecipeCommand,
  ListContainerRecipesCommand,
  type ContainerRecipeSummary,
} from '@aws-sdk/client-imagebuilder';
import { useApp } from '../../app-context.js';
import { href } from '../../router.js';
import { Loaded, PageTitle } from '../../ui/basics.js';
import { usePagedList } from '../../ui/ib-paged-list.js';
import { ArnLink, Details, OwnerSelect, PagedTable, When, type Owner } from '../../ui/ib-parts.js';
import { useAsync } from '../../ui/use-async.js';
import { RecipeComponents } from './components-table.js';
import { arnResourceName } from './image-states.js';

export function ContainerRecipesPage(props: { owner: Owner }) {
  const { clients } = useApp();
  const list = usePagedList<ContainerRecipeSummary>(
    (nextToken) =>
      clients.imagebuilder
        .send(
          new ListContainerRecipesCommand({
            owner: props.owner,
            maxResults: 25,
            ...(nextToken ? { nextToken } : {}),
          }),
        )
        .then((out) => ({ items: out.containerRecipeSummaryList ?? [], nextToken: out.nextToken })),
    [clients, props.owner],
  );
  return (
    <section>
      <PageTitle title="Container recipes">
        <OwnerSelect path={['imagebuilder', 'container-recipes']} owner={props.owner} />
      </PageTitle>
      <PagedTable
        list={list}
        empty="No container recipes."
        columns={[
          {
            title: 'Name',
            cell: (r) => (
              <ArnLink kind="container-recipes" arn={r.arn}>
                {r.name}
              </ArnLink>
            ),
          },
          { title: 'Version', cell: (r) => arnResourceName(r.arn ?? '').split('/')[1] },
          { title: 'Type', cell: (r) => r.containerType },
          { title: 'Platform', cell: (r) => r.platform },
          { title: 'Parent image', cell: (r) => <code>{r.parentImage}</code> },
          { title: 'Created', cell: (r) => r.dateCreated && <When value={r.dateCreated} /> },
        ]}
      />
    </section>
  );
}

export function ContainerRecipeDetail(props: { arn: string }) {
  const { clients } = useApp();
  const recipe = useAsync(
    () =>
      clients.imagebuilder
        .send(new GetContainerRecipeCommand({ containerRecipeArn: props.arn }))
        .then((out) => out.containerRecipe ?? {}),
    [clients, props.arn],
  );
  return (
    <section>
      <PageTitle title={`Container recipe ${recipe.value ? arnResourceName(recipe.value.arn ?? '') : ''}`} />
      <p>
        <a href={href('imagebuilder', 'container-recipes')}>← Container recipes</a>
      </p>
      <Loaded
        state={recipe}
        render={(r) => (
          <>
            <Details
              rows={[
                ['ARN', <code>{r.arn}</code>],
                ['Description', r.description],
                ['Container type', r.containerType],
                ['Platform', r.platform],
                ['Parent image', <code>{r.parentImage}</code>],
                [
                  'Target repository',
                  r.targetRepository &&
                    `${r.targetRepository.service ?? ''} ${r.targetRepository.repositoryName ?? ''}`,
                ],
                ['Working directory', r.workingDirectory],
                ['KMS key', r.kmsKeyId],
                ['Created', r.dateCreated && <When value={r.dateCreated} />],
              ]}
            />
            <h2>Components</h2>
            <RecipeComponents components={r.components} />
            {r.dockerfileTemplateData && (
              <>
                <h2>Dockerfile template</h2>
                <pre class="json">{r.dockerfileTemplateData}</pre>
              </>
            )}
          </>
        )}
      />
    </section>
  );
}
