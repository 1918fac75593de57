/**
 * Reading the query parameters of ibiam's own GET operations with the shared InputReader's checks and
 * constraint messages, answered as `ValidationException` (HTTP 400), e.g. `1 validation error detected:
 * Value null at 'imageBuildVersionArn' failed to satisfy constraint: Member must not be null`. A query
 * parameter given once arrives as a string, repeated as a list of strings (protocol/query-string.ts).
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/CommonErrors.html (ValidationException)
 */
import { InputReader, type StringRule } from '../../common/input.js';
import type { InputParams } from '../../common/operation.js';
import { asApiErrors } from './api-errors.js';

/** Runs `read` with a reader of the parameters; the problems it finds become one ValidationException. */
export function readQuery<T>(params: InputParams, read: (reader: InputReader) => T): T {
  return asApiErrors(() => {
    const reader = new InputReader(params);
    const value = read(reader);
    reader.done();
    return value;
  });
}

/** A repeatable query parameter: absent -> [], once -> [value], repeated -> every value, each checked. */
export function repeatedQueryParameter(
  params: InputParams,
  name: string,
  rule: StringRule = {},
  maxItems?: number,
): string[] {
  const raw = params[name];
  const list = typeof raw === 'string' ? [raw] : raw;
  return readQuery({ [name]: list }, (reader) => reader.optionalStringList(name, rule, maxItems) ?? []);
}
