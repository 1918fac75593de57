/** Image Builder tagging operations, on every taggable resource type. */
import type { Operation } from '../../../common/operation.js';
import { listTagsForResource } from './list-tags-for-resource.js';
import { tagResource } from './tag-resource.js';
import { untagResource } from './untag-resource.js';

export const tagsOperations: readonly Operation[] = [tagResource, untagResource, listTagsForResource];
