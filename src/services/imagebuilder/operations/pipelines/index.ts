/** Image Builder operations on image pipelines. */
import type { Operation } from '../../../common/operation.js';
import { createImagePipeline } from './create-image-pipeline.js';
import { deleteImagePipeline } from './delete-image-pipeline.js';
import { getImagePipeline } from './get-image-pipeline.js';
import { listImagePipelineImages } from './list-image-pipeline-images.js';
import { listImagePipelines } from './list-image-pipelines.js';
import { startImagePipelineExecution } from './start-image-pipeline-execution.js';
import { updateImagePipeline } from './update-image-pipeline.js';

export const pipelinesOperations: readonly Operation[] = [
  createImagePipeline,
  getImagePipeline,
  listImagePipelines,
  updateImagePipeline,
  deleteImagePipeline,
  startImagePipelineExecution,
  listImagePipelineImages,
];
