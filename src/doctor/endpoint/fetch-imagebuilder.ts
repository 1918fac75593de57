/**
 * Reads the Image Builder resources of an account from an endpoint: the List calls, then Get for each
 * resource the checks read in full. Each kind is fetched on its own: a call that fails (an endpoint
 * where Image Builder is unfinished, a missing permission) is noted and the others still count.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Operations.html
 */
import type { Note } from '../engine/policy-cache.js';
import { readImageBuilder } from '../snapshot/read-imagebuilder.js';
import type { ImageBuilderSnapshot } from '../snapshot/types.js';
import { clientConfig, sdkMessage, type Connection, type StaticCredentials } from './connection.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

/** Every item of a paginated List call. */
async function all<P extends { nextToken?: string | undefined }, T>(
  list: (token?: string) => Promise<P>,
  items: (page: P) => readonly T[] | undefined,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const page = await list(token);
    out.push(...(items(page) ?? []));
    token = page.nextToken;
  } while (token);
  return out;
}

export async function fetchImageBuilder(
  connection: Connection,
  into: ImageBuilderSnapshot,
  note: Note,
  credentials?: StaticCredentials,
): Promise<void> {
  const ib = await import('@aws-sdk/client-imagebuilder');
  const client = new ib.ImagebuilderClient(clientConfig(connection, credentials));
  const t = (token?: string) => (token ? { nextToken: token } : {});
  const arns = (items: readonly { arn?: string | undefined }[]) =>
    items.map((i) => i.arn).filter((a): a is string => !!a);
  const kinds: [string, () => Promise<unknown[]>][] = [
    [
      'infrastructureConfigurations',
      async () => {
        const items = await all(
          (n) => client.send(new ib.ListInfrastructureConfigurationsCommand(t(n))),
          (p) => p.infrastructureConfigurationSummaryList,
        );
        return Promise.all(
          arns(items).map(
            async (arn) =>
              (
                await client.send(
                  new ib.GetInfrastructureConfigurationCommand({ infrastructureConfigurationArn: arn }),
                )
              ).infrastructureConfiguration,
          ),
        );
      },
    ],
    [
      'distributionConfigurations',
      async () => {
        const items = await all(
          (n) => client.send(new ib.ListDistributionConfigurationsCommand(t(n))),
          (p) => p.distributionConfigurationSummaryList,
        );
        return Promise.all(
          arns(items).map(
            async (arn) =>
              (
                await client.send(
                  new ib.GetDistributionConfigurationCommand({ distributionConfigurationArn: arn }),
                )
              ).distributionConfiguration,
          ),
        );
      },
    ],
    [
      'lifecyclePolicies',
      async () => {
        const items = await all(
          (n) => client.send(new ib.ListLifecyclePoliciesCommand(t(n))),
          (p) => p.lifecyclePolicySummaryList,
        );
        return Promise.all(
          arns(items).map(
            async (arn) =>
              (await client.send(new ib.GetLifecyclePolicyCommand({ lifecyclePolicyArn: arn })))
                .lifecyclePolicy,
          ),
        );
      },
    ],
    [
      'imagePipelines',
      () =>
        all(
          (n) => client.send(new ib.ListImagePipelinesCommand(t(n))),
          (p) => p.imagePipelineList,
        ),
    ],
    [
      'containerRecipes',
      async () => {
        const items = await all(
          (n) => client.send(new ib.ListContainerRecipesCommand(t(n))),
          (p) => p.containerRecipeSummaryList,
        );
        return Promise.all(
          arns(items).map(
            async (arn) =>
              (await client.send(new ib.GetContainerRecipeCommand({ containerRecipeArn: arn })))
                .containerRecipe,
          ),
        );
      },
    ],
    [
      'imageRecipes',
      () =>
        all(
          (n) => client.send(new ib.ListImageRecipesCommand(t(n))),
          (p) => p.imageRecipeSummaryList,
        ),
    ],
  ];
  try {
    for (const [key, fetch] of kinds) {
      let items: unknown[];
      try {
        items = (await fetch()).filter((x) => x !== undefined && x !== null);
      } catch (error) {
        note(
          `Image Builder ${key} could not be read from ${connection.endpoint ?? 'AWS'}: ${sdkMessage(error)}`,
        );
        continue;
      }
      try {
        readImageBuilder(`${connection.endpoint ?? 'AWS'} ${key}`, plain({ [key]: items }), into);
      } catch (error) {
        note(
          `Image Builder ${key} from ${connection.endpoint ?? 'AWS'} were not understood: ${sdkMessage(error)}`,
        );
      }
    }
  } finally {
    client.destroy();
  }
}
