/**
 * ListContainerRecipes: the container recipes the caller owns (owner Self) or that other accounts share
 * with it (Shared: their resource policy grants imagebuilder:ListContainerRecipes), filtered by
 * containerType, name, parentImage and platform, paginated. Authorized as
 * imagebuilder:ListContainerRecipes on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListContainerRecipes.html
 */
import { defineOperation } from '../../../common/operation.js';
import { matchesFilters, readFilters } from '../../common/component-list-filters.js';
import { OWNERSHIPS, visibleResources } from '../../common/component-shared.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { containerRecipeSummaryShape, type ContainerRecipeShape } from '../../common/recipe-shapes.js';

export const listContainerRecipes = defineOperation({
  name: 'ListContainerRecipes',
  http: { method: 'POST', uri: '/ListContainerRecipes' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const owner = reader.optionalEnum('owner', OWNERSHIPS) ?? 'Self';
    const filters = readFilters(reader, ['containerType', 'name', 'parentImage', 'platform']);
    const maxResults = reader.optionalInteger('maxResults', { min: 1, max: 25 });
    const nextToken = reader.optionalString('nextToken', { min: 1, max: 1024 });
    return {
      owner,
      filters,
      ...(maxResults !== undefined ? { maxResults } : {}),
      ...(nextToken !== undefined ? { nextToken } : {}),
    };
  },
  access: () => [{ action: 'imagebuilder:ListContainerRecipes', resource: '*' }],
  async run({ owner, filters, ...paging }, ctx) {
    const all = await visibleResources<ContainerRecipeShape>(
      ctx,
      'container-recipe',
      owner,
      'imagebuilder:ListContainerRecipes',
    );
    const matching = all.filter(({ resource: r }) =>
      matchesFilters(filters, {
        containerType: r.containerType,
        name: r.name,
        parentImage: r.parentImage,
        platform: r.platform,
      }),
    );
    const { items, nextToken } = page(matching, paging);
    return {
      requestId: ctx.requestId,
      containerRecipeSummaryList: items.map((r) => containerRecipeSummaryShape(r.resource)),
      nextToken,
    };
  },
});
