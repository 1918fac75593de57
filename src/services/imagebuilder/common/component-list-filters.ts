/**
 * The `filters` of Image Builder's List* operations: up to 10 filters, each a name from the operation's
 * list and 1-10 values; a resource matches when every filter has a value equal to the resource's field
 * ("Filter names are case-sensitive", "Filter values are case-sensitive"). A `version` filter may use
 * `x` wildcards, as semantic version selection does everywhere else.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Filter.html
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ListComponents.html
 */
import { invalidParameterValue } from './errors.js';
import type { JsonReader } from './input.js';
import { matchesVersionFilter, parseVersion, parseVersionFilter } from './versions.js';

export interface ListFilter {
  readonly name: string;
  readonly values: readonly string[];
}

export type FilterFields = Readonly<Record<string, string | readonly string[] | undefined>>;

export function readFilters(reader: JsonReader, allowed: readonly string[]): ListFilter[] {
  const filters = reader.optionalStructList('filters', { min: 1, max: 10 }) ?? [];
  return filters.map((filter) => {
    const name = filter.string('name', { min: 1, max: 128 });
    if (!allowed.includes(name))
      throw invalidParameterValue(
        `The value supplied for parameter 'filters' is not valid. The filter name '${name}' is not supported; use one of: ${allowed.join(', ')}.`,
      );
    const values = filter.optionalStringList('values', { min: 1, max: 1024 }, { min: 1, max: 10 });
    if (!values)
      throw invalidParameterValue(
        `The value supplied for parameter 'filters' is not valid. Filter '${name}' has no values.`,
      );
    if (name === 'version') values.forEach((v) => parseVersionFilter(v));
    return { name, values };
  });
}

function valueMatches(name: string, wanted: string, actual: string): boolean {
  if (name === 'version' && wanted.includes('x') && /^\d+\.\d+\.\d+$/.test(actual))
    return matchesVersionFilter(parseVersion(actual), parseVersionFilter(wanted));
  return wanted === actual;
}

export function matchesFilters(filters: readonly ListFilter[], fields: FilterFields): boolean {
  return filters.every((filter) => {
    const field = fields[filter.name];
    const actual = field === undefined ? [] : typeof field === 'string' ? [field] : field;
    return filter.values.some((wanted) => actual.some((a) => valueMatches(filter.name, wanted, a)));
  });
}
