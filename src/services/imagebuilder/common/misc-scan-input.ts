/**
 * The input of ListImageScanFindings (`filters`: exactly one ImageScanFindingsFilter — a name among
 * imageBuildVersionArn, imagePipelineArn, vulnerabilityId and severity, and exactly one value — plus
 * maxResults and nextToken) and ListImageScanFindingAggregations (`filter`: one Filter named accountId,
 * imageBuildVersionArn, imagePipelineArn or vulnerabilityId, with 1-10 values, plus nextToken), with the
 * model's name and value patterns, and the resource each is authorized on: the image or image pipeline a
 * filter names (the SAR lists both resource types, neither required), else `*`.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindings.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImageScanFindingAggregations.html
 */
import { invalidRequest } from './errors.js';
import { readPage } from './image-list-input.js';
import type { JsonReader } from './input.js';
import type { PageInput } from './pagination.js';

export interface ScanFilter {
  readonly name: string;
  readonly values: readonly string[];
}

export const FINDING_FILTERS = ['imageBuildVersionArn', 'imagePipelineArn', 'vulnerabilityId', 'severity'];
export const AGGREGATION_FILTERS = [
  'accountId',
  'imageBuildVersionArn',
  'imagePipelineArn',
  'vulnerabilityId',
];

const FILTER_NAME = { min: 1, max: 1024, pattern: /^[a-zA-Z]{1,1024}$/ };
const FILTER_VALUE = { min: 1, max: 1024, pattern: /^[0-9a-zA-Z./_ :-]{1,1024}$/ };

function readFilter(filter: JsonReader, allowed: readonly string[], maxValues: number): ScanFilter {
  const name = filter.string('name', FILTER_NAME);
  if (!allowed.includes(name))
    throw invalidRequest(
      `The filter name '${name}' is not supported. Supported filter names: ${allowed.join(', ')}.`,
    );
  const values = filter.optionalStringList('values', FILTER_VALUE, { min: 1, max: maxValues });
  if (!values) throw invalidRequest(`The parameter 'values' of filter '${name}' is required.`);
  return { name, values };
}

/** ListImageScanFindings: at most one filter with one value; maxResults and nextToken. */
export function readFindingsInput(reader: JsonReader): PageInput & { readonly filter?: ScanFilter } {
  const filters = reader.optionalStructList('filters', { min: 1, max: 1 }) ?? [];
  const filter = filters[0] ? readFilter(filters[0], FINDING_FILTERS, 1) : undefined;
  return { ...(filter ? { filter } : {}), ...readPage(reader) };
}

/** ListImageScanFindingAggregations: an optional filter with 1-10 values; nextToken. */
export function readAggregationsInput(reader: JsonReader): PageInput & { readonly filter?: ScanFilter } {
  const struct = reader.optionalStruct('filter');
  const filter = struct ? readFilter(struct, AGGREGATION_FILTERS, 10) : undefined;
  const nextToken = reader.optionalString('nextToken', { min: 1, max: 65535 });
  return { ...(filter ? { filter } : {}), ...(nextToken !== undefined ? { nextToken } : {}) };
}

/** The resource a listing is authorized on: the one image or pipeline its filter names, else `*`. */
export function scanResource(filter: ScanFilter | undefined): string {
  const names = filter && ['imageBuildVersionArn', 'imagePipelineArn'].includes(filter.name);
  return names && filter.values.length === 1 ? filter.values[0]! : '*';
}
