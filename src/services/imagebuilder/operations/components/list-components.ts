/**
 * ListComponents: the component versions the caller owns (owner Self, the default) or that other
 * accounts share with it (Shared), one entry per version (its version ARN, from its newest build), or
 * with `byName` one entry per component name (its newest version). Filters: description, name,
 * platform, supportedOsVersion, type and version (`x` wildcards allowed). AWS-owned components (owner
 * Amazon, ThirdParty, AWSMarketplace) are not modeled and list as empty. Authorized as
 * imagebuilder:ListComponents on `*` (the action has no resource type).
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { matchesFilters, readFilters } from '../../common/component-list-filters.js';
import { firstPer, readPage } from '../../common/component-list-page.js';
import { OWNERSHIPS, visibleResources } from '../../common/component-shared.js';
import { componentVersionShape, type ComponentShape } from '../../common/component-shapes.js';
import { newestFirst } from '../../common/component-versioning.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import type { StoredResource } from '../../common/resources.js';

const FILTERS = ['description', 'name', 'platform', 'supportedOsVersion', 'type', 'version'];

const nameKey = (r: StoredResource<unknown>) => {
  const arn = parseImageBuilderArn(r.arn);
  return `${arn?.account}/${arn?.name}`;
};

export const listComponents = defineOperation({
  name: 'ListComponents',
  http: { method: 'POST', uri: '/ListComponents' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    return {
      owner: reader.optionalEnum('owner', OWNERSHIPS) ?? 'Self',
      filters: readFilters(reader, FILTERS),
      byName: reader.optionalBoolean('byName') ?? false,
      ...readPage(reader),
    };
  },
  access: () => [{ action: 'imagebuilder:ListComponents', resource: '*' }],
  async run({ owner, filters, byName, ...paging }, ctx) {
    const all = await visibleResources<ComponentShape>(
      ctx,
      'component',
      owner,
      'imagebuilder:ListComponents',
    );
    const matching = all.filter(({ resource: c }) =>
      matchesFilters(filters, {
        description: c.description,
        name: c.name,
        platform: c.platform,
        supportedOsVersion: c.supportedOsVersions,
        type: c.type,
        version: c.version,
      }),
    );
    const ordered = [...matching].sort((a, b) => nameKey(a).localeCompare(nameKey(b)) || newestFirst(a, b));
    const entries = firstPer(ordered, (r) => (byName ? nameKey(r) : `${nameKey(r)}/${r.version}`));
    const { items, nextToken } = page(entries, paging);
    return {
      requestId: ctx.requestId,
      componentVersionList: items.map((r) => componentVersionShape(r.resource)),
      nextToken,
    };
  },
});
