/**
 * TagResource: adds or replaces tags on any Image Builder resource (POST /tags/{resourceArn}); a
 * resource holds at most 50 tags. Authorized as imagebuilder:TagResource on the ARN with
 * aws:RequestTag/*, aws:TagKeys and the resource's current tags as aws:ResourceTag/*.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_TagResource.html
 */
import { defineOperation } from '../../../common/operation.js';
import { invalidParameter } from '../../common/errors.js';
import { TAG_KEY, TAG_VALUE } from '../../common/input.js';
import { requestTagContext, resourceCheck } from '../../common/policy-access.js';
import { locate, readTagging, requireResource, writeTags } from './locate-resource.js';

export const MAX_TAGS = 50;

export const tagResource = defineOperation({
  name: 'TagResource',
  http: { method: 'POST', uri: '/tags/{resourceArn}' },
  write: true,
  input: (params) =>
    readTagging(params, (reader) => {
      const tags = reader.optionalStringMap('tags', TAG_KEY, TAG_VALUE, { min: 1, max: MAX_TAGS });
      if (!tags) throw invalidParameter(`The parameter 'tags' is required.`);
      return { arn: reader.string('resourceArn'), tags };
    }),
  async access({ arn, tags }, ctx) {
    const check = resourceCheck(
      'imagebuilder:TagResource',
      arn,
      await locate(ctx, arn),
      ctx.caller.accountId,
    );
    return [{ ...check, context: requestTagContext(tags) }];
  },
  async run({ arn, tags }, ctx) {
    const stored = await requireResource(ctx, arn);
    const merged = { ...stored.tags, ...tags };
    if (Object.keys(merged).length > MAX_TAGS)
      throw invalidParameter(
        `A resource can have at most ${MAX_TAGS} tags; this request would give it ${Object.keys(merged).length}.`,
      );
    await writeTags(ctx, stored, merged);
    return {};
  },
});
