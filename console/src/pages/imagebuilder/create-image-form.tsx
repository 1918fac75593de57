/**
 * "Create image": one build from a recipe (image or container) and an infrastructure configuration,
 * optionally with distribution settings (CreateImage with a client token); opens the new image's page.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateImage.html
 */
import {
  CreateImageCommand,
  ListContainerRecipesCommand,
  ListDistributionConfigurationsCommand,
  ListImageRecipesCommand,
  ListInfrastructureConfigurationsCommand,
} from '@aws-sdk/client-imagebuilder';
import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.js';
import { href, navigate } from '../../router.js';
import { ErrorBox, Field, Loaded } from '../../ui/basics.js';
import { readAll } from '../../ui/ib-paged-list.js';
import { useAsync } from '../../ui/use-async.js';
import { arnResourceName, newClientToken } from './image-states.js';

interface Choice {
  readonly arn: string;
  readonly label: string;
}

const token = (nextToken: string | undefined) => (nextToken ? { nextToken } : {});
const choices = (list: readonly { arn?: string | undefined; name?: string | undefined }[], version = false) =>
  list.flatMap((r) =>
    r.arn ? [{ arn: r.arn, label: version ? arnResourceName(r.arn) : (r.name ?? r.arn) }] : [],
  );

export function CreateImageForm(props: { onCancel: () => void }) {
  const { clients } = useApp();
  const ib = clients.imagebuilder;
  const options = useAsync(async () => {
    const [images, containers, infra, dist] = await Promise.all([
      readAll((t) =>
        ib
          .send(new ListImageRecipesCommand({ owner: 'Self', ...token(t) }))
          .then((o) => ({ items: o.imageRecipeSummaryList ?? [], nextToken: o.nextToken })),
      ),
      readAll((t) =>
        ib
          .send(new ListContainerRecipesCommand({ owner: 'Self', ...token(t) }))
          .then((o) => ({ items: o.containerRecipeSummaryList ?? [], nextToken: o.nextToken })),
      ),
      readAll((t) =>
        ib
          .send(new ListInfrastructureConfigurationsCommand(token(t)))
          .then((o) => ({ items: o.infrastructureConfigurationSummaryList ?? [], nextToken: o.nextToken })),
      ),
      readAll((t) =>
        ib
          .send(new ListDistributionConfigurationsCommand(token(t)))
          .then((o) => ({ items: o.distributionConfigurationSummaryList ?? [], nextToken: o.nextToken })),
      ),
    ]);
    return {
      recipes: [...choices(images, true), ...choices(containers, true)],
      infrastructure: choices(infra),
      distribution: choices(dist),
    };
  }, [clients]);
  const [recipe, setRecipe] = useState('');
  const [infrastructure, setInfrastructure] = useState('');
  const [distribution, setDistribution] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const create = async (event: Event, all: { recipes: Choice[]; infrastructure: Choice[] }) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const recipeArn = recipe || all.recipes[0]?.arn || '';
    const isContainer = recipeArn.includes(':container-recipe/');
    try {
      const out = await ib.send(
        new CreateImageCommand({
          ...(isContainer ? { containerRecipeArn: recipeArn } : { imageRecipeArn: recipeArn }),
          infrastructureConfigurationArn: infrastructure || all.infrastructure[0]?.arn,
          ...(distribution ? { distributionConfigurationArn: distribution } : {}),
          clientToken: newClientToken(),
        }),
      );
      if (out.imageBuildVersionArn) navigate(href('imagebuilder', 'images', out.imageBuildVersionArn));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="ib-panel">
      <h2>Create image</h2>
      <Loaded
        state={options}
        render={(all) => (
          <form onSubmit={(event) => create(event, all)}>
            <Field label="Recipe">
              <select
                name="recipe"
                value={recipe || all.recipes[0]?.arn || ''}
                onChange={(e) => setRecipe(e.currentTarget.value)}
              >
                {all.recipes.map((c) => (
                  <option key={c.arn} value={c.arn}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Infrastructure configuration">
              <select
                name="infrastructureConfigurationArn"
                value={infrastructure || all.infrastructure[0]?.arn || ''}
                onChange={(e) => setInfrastructure(e.currentTarget.value)}
              >
                {all.infrastructure.map((c) => (
                  <option key={c.arn} value={c.arn}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Distribution settings">
              <select
                name="distributionConfigurationArn"
                value={distribution}
                onChange={(e) => setDistribution(e.currentTarget.value)}
              >
                <option value="">None</option>
                {all.distribution.map((c) => (
                  <option key={c.arn} value={c.arn}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            {error !== undefined && <ErrorBox error={error} />}
            <div class="buttons">
              <button
                type="submit"
                disabled={busy || all.recipes.length === 0 || all.infrastructure.length === 0}
              >
                Create
              </button>
              <button type="button" class="secondary" onClick={props.onCancel}>
                Cancel
              </button>
            </div>
          </form>
        )}
      />
    </div>
  );
}
