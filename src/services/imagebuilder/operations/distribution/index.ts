/** Image Builder operations on distribution configurations. */
import type { Operation } from '../../../common/operation.js';
import { createDistributionConfiguration } from './create-distribution-configuration.js';
import { deleteDistributionConfiguration } from './delete-distribution-configuration.js';
import { getDistributionConfiguration } from './get-distribution-configuration.js';
import { listDistributionConfigurations } from './list-distribution-configurations.js';
import { updateDistributionConfiguration } from './update-distribution-configuration.js';

export const distributionOperations: readonly Operation[] = [
  createDistributionConfiguration,
  getDistributionConfiguration,
  listDistributionConfigurations,
  updateDistributionConfiguration,
  deleteDistributionConfiguration,
];
