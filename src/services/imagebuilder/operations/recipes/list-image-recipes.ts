/**
 * ListImageRecipes: the image recipes the caller owns (owner Self, the default) or that other accounts
 * share with it (Shared: their resource policy grants the caller imagebuilder:ListImageRecipes),
 * filtered by name, parentImage and platform, paginated. AWS-owned recipes are not modeled (owner
 * Amazon, ThirdParty, AWSMarketplace list nothing). Authorized as imagebuilder:ListImageRecipes on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageRecipes.html
 */
import { defineOperation } from '../../../common/operation.js';
import { matchesFilters, readFilters } from '../../common/component-list-filters.js';
import { readPage } from '../../common/component-list-page.js';
import { OWNERSHIPS, visibleResources } from '../../common/component-shared.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { imageRecipeSummaryShape, type ImageRecipeShape } from '../../common/recipe-shapes.js';

export const listImageRecipes = defineOperation({
  name: 'ListImageRecipes',
  http: { method: 'POST', uri: '/ListImageRecipes' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return {
      owner: reader.optionalEnum('owner', OWNERSHIPS) ?? 'Self',
      filters: readFilters(reader, ['name', 'parentImage', 'platform']),
      ...readPage(reader),
    };
  },
  access: () => [{ action: 'imagebuilder:ListImageRecipes', resource: '*' }],
  async run({ owner, filters, ...paging }, ctx) {
    const all = await visibleResources<ImageRecipeShape>(
      ctx,
      'image-recipe',
      owner,
      'imagebuilder:ListImageRecipes',
    );
    const matching = all.filter(({ resource: r }) =>
      matchesFilters(filters, { name: r.name, parentImage: r.parentImage, platform: r.platform }),
    );
    const { items, nextToken } = page(matching, paging);
    return {
      requestId: ctx.requestId,
      imageRecipeSummaryList: items.map((r) => imageRecipeSummaryShape(r.resource)),
      nextToken,
    };
  },
});
