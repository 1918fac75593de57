/** Image Builder operations on infrastructure configurations. */
import type { Operation } from '../../../common/operation.js';
import { createInfrastructureConfiguration } from './create-infrastructure-configuration.js';
import { deleteInfrastructureConfiguration } from './delete-infrastructure-configuration.js';
import { getInfrastructureConfiguration } from './get-infrastructure-configuration.js';
import { listInfrastructureConfigurations } from './list-infrastructure-configurations.js';
import { updateInfrastructureConfiguration } from './update-infrastructure-configuration.js';

export const infrastructureOperations: readonly Operation[] = [
  createInfrastructureConfiguration,
  getInfrastructureConfiguration,
  listInfrastructureConfigurations,
  updateInfrastructureConfiguration,
  deleteInfrastructureConfiguration,
];
