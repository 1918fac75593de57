/**
 * The input of Image Builder's List* operations: `filters` (1-10 filters, each a case-sensitive name and
 * 1-10 case-sensitive values; a resource matches when, for every filter, its member equals one of the
 * values), `maxResults` (1-25) and `nextToken`. Each operation names the filters it supports; any other
 * name is InvalidRequestException.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Filter.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListImagePipelines.html
 */
import type { ApiObject } from './image-api-values.js';
import { invalidRequest } from './errors.js';
import { JsonReader } from './input.js';
import type { PageInput } from './pagination.js';

export interface ListFilter {
  readonly name: string;
  readonly values: readonly string[];
}

export interface ListInput extends PageInput {
  readonly filters: readonly ListFilter[];
}

const FILTER_NAME = { min: 1, max: 1024, pattern: /^[a-zA-Z]{1,1024}$/ };
const FILTER_VALUE = { min: 1, max: 1024, pattern: /^[0-9a-zA-Z./_ :-]{1,1024}$/ };

/** Reads filters (only `allowed` names), maxResults and nextToken. */
export function readListInput(reader: JsonReader, allowed: readonly string[]): ListInput {
  const filters = (reader.optionalStructList('filters', { min: 1, max: 10 }) ?? []).map((filter) => {
    const name = filter.string('name', FILTER_NAME);
    if (!allowed.includes(name)) {
      throw invalidRequest(
        `The filter name '${name}' is not supported. Supported filter names: ${allowed.join(', ')}.`,
      );
    }
    return { name, values: filter.optionalStringList('values', FILTER_VALUE, { min: 1, max: 10 }) ?? [] };
  });
  return { filters, ...readPage(reader) };
}

/** maxResults (1-25) and nextToken (1-65535 characters). */
export function readPage(reader: JsonReader): PageInput {
  const maxResults = reader.optionalInteger('maxResults', { min: 1, max: 25 });
  const nextToken = reader.optionalString('nextToken', { min: 1, max: 65535 });
  return {
    ...(maxResults !== undefined ? { maxResults } : {}),
    ...(nextToken !== undefined ? { nextToken } : {}),
  };
}

/** Whether the object passes every filter; `member` maps a filter name to the object's value. */
export function matchesFilters(
  object: ApiObject,
  filters: readonly ListFilter[],
  member: (object: ApiObject, filterName: string) => string | undefined = (o, n) => {
    const value = o[n];
    return typeof value === 'string' ? value : undefined;
  },
): boolean {
  return filters.every((filter) => {
    const value = member(object, filter.name);
    return value !== undefined && filter.values.includes(value);
  });
}
