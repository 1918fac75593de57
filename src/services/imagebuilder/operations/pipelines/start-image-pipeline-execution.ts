/**
 * StartImagePipelineExecution: runs a pipeline now, creating the next build version of its recipe's
 * image (state PENDING) for the builds engine, tagged with the pipeline's imageTags and the request's
 * tags. Authorized as imagebuilder:StartImagePipelineExecution on the pipeline (with its tags, and
 * aws:RequestTag/aws:TagKeys); the pipeline's execution role was passed when it was saved and is not
 * passed again. The account's first image creates the service-linked role. A missing pipeline is
 * ResourceNotFoundException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_StartImagePipelineExecution.html
 */
import { defineOperation } from '../../../common/operation.js';
import { idempotent } from '../../common/idempotency.js';
import { compact, stringMember, type ApiObject } from '../../common/image-api-values.js';
import { resolveBuildReferences } from '../../common/image-build-references.js';
import { configArnRule, findOwned, requireOwned } from '../../common/image-config-resources.js';
import { requestImageBuild } from '../../common/image-creation.js';
import { requestTagContext, resourceTagsOf } from '../../common/image-tag-context.js';
import { CLIENT_TOKEN, JsonReader, readTags } from '../../common/input.js';
import { PIPELINE_TYPE, pipelineBuildSettings } from '../../common/pipeline-input.js';
import { putResource } from '../../common/resources.js';

export const startImagePipelineExecution = defineOperation({
  name: 'StartImagePipelineExecution',
  http: { method: 'PUT', uri: '/StartImagePipelineExecution' },
  write: true,
  input(params) {
    const reader = new JsonReader(params);
    const arn = reader.string('imagePipelineArn', configArnRule(PIPELINE_TYPE));
    const tags = readTags(reader) ?? {};
    return { arn, tags, clientToken: reader.string('clientToken', CLIENT_TOKEN) };
  },
  async access(input, ctx) {
    const stored = await findOwned(ctx, PIPELINE_TYPE, input.arn);
    return [
      {
        action: 'imagebuilder:StartImagePipelineExecution',
        resource: input.arn,
        context: requestTagContext(input.tags),
        ...resourceTagsOf(stored?.tags),
      },
    ];
  },
  async run(input, ctx) {
    const { clientToken, ...params } = input;
    const result = await idempotent(ctx, 'StartImagePipelineExecution', clientToken, params, async () => {
      const stored = await requireOwned<ApiObject>(ctx, PIPELINE_TYPE, input.arn);
      const pipeline = stored.resource;
      const settings = pipelineBuildSettings(pipeline);
      const refs = await resolveBuildReferences(ctx, settings, { passRole: false });
      const logging = pipeline['loggingConfiguration'];
      const logGroupName =
        typeof logging === 'object' && logging !== null && !Array.isArray(logging)
          ? stringMember(logging as ApiObject, 'imageLogGroupName')
          : undefined;
      const imageTags = pipeline['imageTags'];
      const tags = {
        ...(typeof imageTags === 'object' && imageTags !== null ? (imageTags as Record<string, string>) : {}),
        ...input.tags,
      };
      const arn = await requestImageBuild(ctx, settings, refs, {
        buildType: 'USER_INITIATED',
        source: {
          operation: 'StartImagePipelineExecution',
          imagePipelineArn: stored.arn,
          imagePipelineName: stored.name,
        },
        tags,
        ...(logGroupName !== undefined ? { loggingConfiguration: compact({ logGroupName }) } : {}),
      });
      const resource = { ...pipeline, dateLastRun: ctx.now.toISOString(), lastRunStatus: 'PENDING' };
      await putResource(ctx.tx, { ...stored, resource });
      return { requestId: ctx.requestId, clientToken, imageBuildVersionArn: arn };
    });
    return { ...result, requestId: ctx.requestId };
  },
});
