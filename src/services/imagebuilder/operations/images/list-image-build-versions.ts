/**
 * ListImageBuildVersions: the build versions of one image version (newest first) as ImageSummary
 * entries, filtered by name, osVersion, platform, type or version. Authorized as
 * imagebuilder:ListImageBuildVersions on the allImageBuildVersions resource `image/NAME/VERSION/*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageBuildVersions.html
 */
import { defineOperation } from '../../../common/operation.js';
import { parseImageBuilderArn } from '../../common/arns.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { imagesOf } from '../../common/image-lookup.js';
import { imageSummary } from '../../common/image-records.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';

const IMAGE_VERSION_ARN = {
  pattern:
    /^arn:aws[^:]*:imagebuilder:[^:]+:(?:[0-9]{12}|aws(?:-[a-z-]+)?):image\/[a-z0-9-_]+\/[0-9]+\.[0-9]+\.[0-9]+$/,
};

export const listImageBuildVersions = defineOperation({
  name: 'ListImageBuildVersions',
  http: { method: 'POST', uri: '/ListImageBuildVersions' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imageVersionArn', IMAGE_VERSION_ARN);
    return { arn, ...readListInput(reader, ['name', 'osVersion', 'platform', 'type', 'version']) };
  },
  access(input) {
    return [{ action: 'imagebuilder:ListImageBuildVersions', resource: `${input.arn}/*` }];
  },
  async run(input, ctx) {
    const parsed = parseImageBuilderArn(input.arn);
    const images =
      parsed && parsed.region === ctx.region && parsed.account === ctx.caller.accountId
        ? await imagesOf(ctx, parsed.account)
        : [];
    const summaries = images
      .filter((image) => image.name === parsed?.name && image.version === parsed.version)
      .map(imageSummary)
      .filter((summary) => matchesFilters(summary, input.filters, (s, name) => filterValue(s, name)));
    const { items, nextToken } = page(summaries, input);
    return { requestId: ctx.requestId, imageSummaryList: items, nextToken };
  },
});

/** The `version` filter compares the semantic version (a summary's version carries the build). */
function filterValue(summary: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = summary[name];
  if (typeof value !== 'string') return undefined;
  return name === 'version' ? value.split('/')[0] : value;
}
