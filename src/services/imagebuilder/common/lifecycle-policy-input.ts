/**
 * The settings of a lifecycle policy that Create and UpdateLifecyclePolicy both take, read with the API
 * model's constraints and kept in the API shape (they are stored and answered as given): status
 * (ENABLED by default), executionRole, resourceType, 1-3 policyDetails (action, filter, exclusion rules)
 * and resourceSelection (recipes with `x` wildcard versions, or tags). The deprecate and disable rules
 * are not available for container images; an age filter needs a unit.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateLifecyclePolicy.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_LifecyclePolicyDetail.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-lifecycle-rules.html
 */
import { compact, type ApiObject } from './image-api-values.js';
import { DESCRIPTION, RESOURCE_NAME } from './image-config-resources.js';
import { ROLE_NAME_OR_ARN } from './image-build-settings.js';
import { invalidParameterValue, invalidRequest } from './errors.js';
import { JsonReader, type TextRule } from './input.js';

export type LifecycleResourceType = 'AMI_IMAGE' | 'CONTAINER_IMAGE';
export type LifecycleActionType = 'DELETE' | 'DEPRECATE' | 'DISABLE';

export interface LifecyclePolicySettings {
  readonly description?: string;
  readonly status: 'ENABLED' | 'DISABLED';
  readonly executionRole: string;
  readonly resourceType: LifecycleResourceType;
  readonly policyDetails: readonly ApiObject[];
  readonly resourceSelection: ApiObject;
}

const TIME_UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const;
/** Tag keys in lifecycle rules: `^(?!aws:)[a-zA-Z+-=._:/]+$`, 1-128; values up to 256. */
const RULE_TAG_KEY: TextRule = { min: 1, max: 128, pattern: /^(?!aws:)[a-zA-Z+\-=._:/]+$/ };
const RULE_TAG_VALUE: TextRule = { max: 256 };
const WILDCARD_VERSION: TextRule = { pattern: /^(?:[0-9]+|x)\.(?:[0-9]+|x)\.(?:[0-9]+|x)$/ };
const ACCOUNT_ID: TextRule = { pattern: /^[0-9]{12}$/ };

/** A required enumeration member: missing is InvalidRequestException, another value is invalid. */
function requiredEnum<T extends string>(reader: JsonReader, name: string, values: readonly T[]): T {
  reader.string(name);
  return reader.optionalEnum(name, values) as T;
}

const ruleTags = (reader: JsonReader, name: string) =>
  reader.optionalStringMap(name, RULE_TAG_KEY, RULE_TAG_VALUE, { max: 50 });

function readAction(reader: JsonReader): ApiObject {
  const type = requiredEnum(reader, 'type', ['DELETE', 'DEPRECATE', 'DISABLE']);
  const include = reader.optionalStruct('includeResources');
  return compact({
    type,
    includeResources: include
      ? compact({
          amis: include.optionalBoolean('amis'),
          snapshots: include.optionalBoolean('snapshots'),
          containers: include.optionalBoolean('containers'),
        })
      : undefined,
  });
}

function readFilter(reader: JsonReader): ApiObject {
  const type = requiredEnum(reader, 'type', ['AGE', 'COUNT']);
  const value = reader.optionalInteger('value', { min: 1, max: 1000 });
  if (value === undefined) throw invalidRequest("The parameter 'filter.value' is required.");
  const unit = reader.optionalEnum('unit', TIME_UNITS);
  const retainAtLeast = reader.optionalInteger('retainAtLeast', { min: 1, max: 10 });
  if (type === 'AGE' && unit === undefined) {
    throw invalidParameterValue(
      "The value supplied for parameter 'filter.unit' is required for age-based rules.",
    );
  }
  return compact({ type, value, unit, retainAtLeast });
}

function readLastLaunched(reader: JsonReader): ApiObject {
  const value = reader.optionalInteger('value', { min: 1, max: 365 });
  if (value === undefined) throw invalidRequest("The parameter 'lastLaunched.value' is required.");
  return { value, unit: requiredEnum(reader, 'unit', TIME_UNITS) };
}

/** The AMI exclusion rules (also StartResourceStateUpdate's exclusionRules.amis). */
export function readAmiExclusions(reader: JsonReader | undefined): ApiObject | undefined {
  if (!reader) return undefined;
  const lastLaunched = reader.optionalStruct('lastLaunched');
  return compact({
    isPublic: reader.optionalBoolean('isPublic'),
    regions: reader.optionalStringList('regions', { min: 1, max: 1024 }),
    sharedAccounts: reader.optionalStringList('sharedAccounts', ACCOUNT_ID, { min: 1, max: 1536 }),
    lastLaunched: lastLaunched ? readLastLaunched(lastLaunched) : undefined,
    tagMap: ruleTags(reader, 'tagMap'),
  });
}

function readDetail(reader: JsonReader, resourceType: LifecycleResourceType): ApiObject {
  const actionReader = reader.optionalStruct('action');
  const filterReader = reader.optionalStruct('filter');
  if (!actionReader) throw invalidRequest(`The parameter 'action' is required.`);
  if (!filterReader) throw invalidRequest(`The parameter 'filter' is required.`);
  const action = readAction(actionReader);
  if (resourceType === 'CONTAINER_IMAGE' && action['type'] !== 'DELETE') {
    throw invalidParameterValue(
      `The lifecycle action '${String(action['type'])}' is not supported for resource type CONTAINER_IMAGE.`,
    );
  }
  const exclusions = reader.optionalStruct('exclusionRules');
  return compact({
    action,
    filter: readFilter(filterReader),
    exclusionRules: exclusions
      ? compact({
          tagMap: ruleTags(exclusions, 'tagMap'),
          amis: readAmiExclusions(exclusions.optionalStruct('amis')),
        })
      : undefined,
  });
}

function readSelection(reader: JsonReader | undefined): ApiObject {
  if (!reader) throw invalidRequest("The parameter 'resourceSelection' is required.");
  const recipes = reader.optionalStructList('recipes', { min: 1, max: 50 })?.map((recipe) => ({
    name: recipe.string('name', RESOURCE_NAME),
    semanticVersion: recipe.string('semanticVersion', WILDCARD_VERSION),
  }));
  const tagMap = ruleTags(reader, 'tagMap');
  if (recipes === undefined && (tagMap === undefined || Object.keys(tagMap).length === 0)) {
    throw invalidParameterValue('The resource selection must specify recipes or tags.');
  }
  return compact({ recipes, tagMap });
}

/** Reads the settings; the first invalid member is thrown. */
export function readLifecyclePolicySettings(reader: JsonReader): LifecyclePolicySettings {
  const description = reader.optionalString('description', DESCRIPTION);
  const status = reader.optionalEnum('status', ['ENABLED', 'DISABLED']) ?? 'ENABLED';
  const executionRole = reader.string('executionRole', ROLE_NAME_OR_ARN);
  const resourceType = requiredEnum(reader, 'resourceType', ['AMI_IMAGE', 'CONTAINER_IMAGE']);
  const details = reader.optionalStructList('policyDetails', { min: 1, max: 3 });
  if (!details) throw invalidRequest("The parameter 'policyDetails' is required.");
  const policyDetails = details.map((detail) => readDetail(detail, resourceType));
  const resourceSelection = readSelection(reader.optionalStruct('resourceSelection'));
  return {
    ...(description !== undefined ? { description } : {}),
    status,
    executionRole,
    resourceType,
    policyDetails,
    resourceSelection,
  };
}
