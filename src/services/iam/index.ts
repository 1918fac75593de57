/**
 * Every IAM operation ibiam serves (Query protocol, Version 2010-05-08), one folder per group.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { accessKeysOperations } from './operations/access-keys/index.js';
import { accountOperations } from './operations/account/index.js';
import { groupsOperations } from './operations/groups/index.js';
import { instanceProfilesOperations } from './operations/instance-profiles/index.js';
import { policiesOperations } from './operations/policies/index.js';
import { rolesOperations } from './operations/roles/index.js';
import { serviceLinkedRolesOperations } from './operations/service-linked-roles/index.js';
import { simulationOperations } from './operations/simulation/index.js';
import { usersOperations } from './operations/users/index.js';

export const iamOperations: readonly Operation[] = [
  ...usersOperations,
  ...groupsOperations,
  ...accessKeysOperations,
  ...rolesOperations,
  ...instanceProfilesOperations,
  ...serviceLinkedRolesOperations,
  ...policiesOperations,
  ...accountOperations,
  ...simulationOperations,
];
