/**
 * ListImagePipelineImages: the images a pipeline built (newest version and build first), as ImageSummary
 * entries, filtered by name or version. imagebuilder:ListImagePipelineImages on the pipeline; a missing
 * pipeline is ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelineImages.html
 */
import { defineOperation } from '../../../common/operation.js';
import { configArnRule, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { matchesFilters, readListInput } from '../../common/image-list-input.js';
import { imagesOf } from '../../common/image-lookup.js';
import { imageSummary, semanticVersion } from '../../common/image-records.js';
import { resourceTagsOf } from '../../common/image-tag-context.js';
import { JsonReader } from '../../common/input.js';
import { page } from '../../common/pagination.js';
import { PIPELINE_TYPE } from '../../common/pipeline-input.js';

export const listImagePipelineImages = defineOperation({
  name: 'ListImagePipelineImages',
  http: { method: 'POST', uri: '/ListImagePipelineImages' },
  write: false,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imagePipelineArn', configArnRule(PIPELINE_TYPE));
    return { arn, ...readListInput(reader, ['name', 'version']) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, PIPELINE_TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:ListImagePipelineImages',
        resource: input.arn,
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    await requireOwned(ctx, PIPELINE_TYPE, input.arn);
    const images = (await imagesOf(ctx, ctx.caller.accountId)).filter(
      (image) => image.resource['sourcePipelineArn'] === input.arn,
    );
    const summaries = images
      .filter((image) =>
        matchesFilters(image.resource, input.filters, (resource, name) =>
          name === 'version'
            ? semanticVersion(resource)
            : typeof resource[name] === 'string'
              ? String(resource[name])
              : undefined,
        ),
      )
      .map(imageSummary);
    const { items, nextToken } = page(summaries, input);
    return { requestId: ctx.requestId, imageSummaryList: items, nextToken };
  },
});
