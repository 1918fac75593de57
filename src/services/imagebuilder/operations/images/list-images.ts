/**
 * ListImages: the image versions the caller owns in the Region (one ImageVersion per name and semantic
 * version), filtered by name, osVersion, platform, type or version; `byName` answers one entry per image
 * name (its newest version) and cannot be combined with the version filter. Owners other than Self
 * (Amazon, Shared, ThirdParty, AWSMarketplace) have no images here. Authorized on `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImages.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidRequest } from '../../common/errors.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { imagesOf } from '../../common/image-lookup.js';
import { imageVersion } from '../../common/image-records.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';

const OWNERS = ['Self', 'Shared', 'Amazon', 'ThirdParty', 'AWSMarketplace'] as const;

export const listImages = defineOperation({
  name: 'ListImages',
  http: { method: 'POST', uri: '/ListImages' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const owner = reader.optionalEnum('owner', OWNERS) ?? 'Self';
    const byName = reader.optionalBoolean('byName') ?? false;
    reader.optionalBoolean('includeDeprecated');
    const list = readListInput(reader, ['name', 'osVersion', 'platform', 'type', 'version']);
    if (byName && list.filters.some((f) => f.name === 'version')) {
      throw invalidRequest('The byName option cannot be combined with the version filter.');
    }
    return { owner, byName, ...list };
  },
  access() {
    return [{ action: 'imagebuilder:ListImages', resource: '*' }];
  },
  async run(input, ctx) {
    const images = input.owner === 'Self' ? await imagesOf(ctx, ctx.caller.accountId) : [];
    const seen = new Set<string>();
    const versions = images
      .map(imageVersion)
      .filter((version) => matchesFilters(version, input.filters))
      .filter((version) => {
        const key = input.byName ? String(version['name']) : String(version['arn']);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const { items, nextToken } = page(versions, input);
    return { requestId: ctx.requestId, imageVersionList: items, nextToken };
  },
});
