/**
 * Image Builder operations of no other group: distributing and retrying images, the two image imports,
 * the image scan findings (ibiam runs no scans) and Marketplace resources (ibiam has no catalogue).
 */
import type { Operation } from '../../../common/operation.js';
import { distributeImage } from './distribute-image.js';
import { getMarketplaceResource } from './get-marketplace-resource.js';
import { importDiskImage } from './import-disk-image.js';
import { importVmImage } from './import-vm-image.js';
import { listImageScanFindingAggregations } from './list-image-scan-finding-aggregations.js';
import { listImageScanFindings } from './list-image-scan-findings.js';
import { retryImage } from './retry-image.js';

export const miscOperations: readonly Operation[] = [
  distributeImage,
  retryImage,
  importVmImage,
  importDiskImage,
  listImageScanFindings,
  listImageScanFindingAggregations,
  getMarketplaceResource,
];
