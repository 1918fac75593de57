/** Image Builder operations on components. */
import type { Operation } from '../../../common/operation.js';
import { createComponent } from './create-component.js';
import { deleteComponent } from './delete-component.js';
import { getComponent } from './get-component.js';
import { importComponent } from './import-component.js';
import { listComponentBuildVersions } from './list-component-build-versions.js';
import { listComponents } from './list-components.js';

export const componentsOperations: readonly Operation[] = [
  createComponent,
  importComponent,
  getComponent,
  listComponents,
  listComponentBuildVersions,
  deleteComponent,
];
