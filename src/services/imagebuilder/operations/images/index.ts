/** Image Builder operations on images. */
import type { Operation } from '../../../common/operation.js';
import { cancelImageCreation } from './cancel-image-creation.js';
import { createImage } from './create-image.js';
import { deleteImage } from './delete-image.js';
import { getImage } from './get-image.js';
import { listImageBuildVersions } from './list-image-build-versions.js';
import { listImagePackages } from './list-image-packages.js';
import { listImages } from './list-images.js';

export const imagesOperations: readonly Operation[] = [
  createImage,
  getImage,
  listImages,
  listImageBuildVersions,
  listImagePackages,
  deleteImage,
  cancelImageCreation,
];
