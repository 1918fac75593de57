/**
 * Reading Image Builder's JSON input with the API model's constraints. The first problem found is thrown
 * as InvalidRequestException (a missing required member or a wrong JSON type) or
 * InvalidParameterValueException (a value outside its pattern, length or range), naming the member.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/CommonErrors.html
 */
import type { InputParams, InputValue } from '../../common/operation.js';
import { invalidParameterValue, invalidRequest } from './errors.js';

export interface TextRule {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
}

const isStruct = (v: InputValue | undefined): v is InputParams =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class JsonReader {
  constructor(
    private readonly params: InputParams,
    private readonly prefix = '',
  ) {}

  private where(name: string): string {
    return this.prefix ? `${this.prefix}.${name}` : name;
  }

  private check(name: string, value: string, rule: TextRule): string {
    const invalid =
      (rule.min !== undefined && value.length < rule.min) ||
      (rule.max !== undefined && value.length > rule.max) ||
      (rule.pattern !== undefined && !rule.pattern.test(value));
    if (invalid)
      throw invalidParameterValue(`The value supplied for parameter '${this.where(name)}' is not valid.`);
    return value;
  }

  has(name: string): boolean {
    return this.params[name] !== undefined && this.params[name] !== null;
  }

  optionalString(name: string, rule: TextRule = {}): string | undefined {
    const value = this.params[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string')
      throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be a string.`);
    return this.check(name, value, rule);
  }

  string(name: string, rule: TextRule = {}): string {
    const value = this.optionalString(name, rule);
    if (value === undefined) throw invalidRequest(`The parameter '${this.where(name)}' is required.`);
    return value;
  }

  optionalInteger(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.params[name];
    if (raw === undefined || raw === null) return undefined;
    const value =
      typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value))
      throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be an integer.`);
    if ((range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
      throw invalidParameterValue(`The value supplied for parameter '${this.where(name)}' is not valid.`);
    }
    return value;
  }

  optionalBoolean(name: string): boolean | undefined {
    const raw = this.params[name];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be a boolean.`);
  }

  optionalEnum<T extends string>(name: string, values: readonly T[]): T | undefined {
    const value = this.optionalString(name);
    if (value === undefined) return undefined;
    if (!values.includes(value as T))
      throw invalidParameterValue(`The value supplied for parameter '${this.where(name)}' is not valid.`);
    return value as T;
  }

  optionalList(name: string, limits: { min?: number; max?: number } = {}): readonly InputValue[] | undefined {
    const raw = this.params[name];
    if (raw === undefined || raw === null) return undefined;
    const list = typeof raw === 'string' ? [raw] : raw; // a repeated query parameter with one value
    if (!Array.isArray(list))
      throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be a list.`);
    if (
      (limits.min !== undefined && list.length < limits.min) ||
      (limits.max !== undefined && list.length > limits.max)
    ) {
      throw invalidParameterValue(`The value supplied for parameter '${this.where(name)}' is not valid.`);
    }
    return list;
  }

  optionalStringList(
    name: string,
    rule: TextRule = {},
    limits: { min?: number; max?: number } = {},
  ): string[] | undefined {
    return this.optionalList(name, limits)?.map((item) => {
      if (typeof item !== 'string')
        throw invalidRequest(
          `The value supplied for parameter '${this.where(name)}' must be a list of strings.`,
        );
      return this.check(name, item, rule);
    });
  }

  /** A nested structure, read with its own reader (member names reported as `parent.member`). */
  optionalStruct(name: string): JsonReader | undefined {
    const raw = this.params[name];
    if (raw === undefined || raw === null) return undefined;
    if (!isStruct(raw))
      throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be an object.`);
    return new JsonReader(raw, this.where(name));
  }

  /** A list of structures, each with its own reader. */
  optionalStructList(name: string, limits: { min?: number; max?: number } = {}): JsonReader[] | undefined {
    return this.optionalList(name, limits)?.map((item, i) => {
      if (!isStruct(item))
        throw invalidRequest(
          `The value supplied for parameter '${this.where(name)}' must be a list of objects.`,
        );
      return new JsonReader(item, `${this.where(name)}[${i}]`);
    });
  }

  /** A string-to-string map (tags), with the key and value rules and an entry count. */
  optionalStringMap(
    name: string,
    keyRule: TextRule,
    valueRule: TextRule,
    limits: { min?: number; max?: number } = {},
  ): Record<string, string> | undefined {
    const raw = this.params[name];
    if (raw === undefined || raw === null) return undefined;
    if (!isStruct(raw))
      throw invalidRequest(`The value supplied for parameter '${this.where(name)}' must be a map.`);
    const entries = Object.entries(raw);
    if (
      (limits.min !== undefined && entries.length < limits.min) ||
      (limits.max !== undefined && entries.length > limits.max)
    ) {
      throw invalidParameterValue(`The value supplied for parameter '${this.where(name)}' is not valid.`);
    }
    const out: Record<string, string> = {};
    for (const [key, value] of entries) {
      if (typeof value !== 'string')
        throw invalidRequest(
          `The value supplied for parameter '${this.where(name)}' must be a map of strings.`,
        );
      this.check(name, key, keyRule);
      out[key] = this.check(name, value, valueRule);
    }
    return out;
  }

  /** The raw JSON value of a member (for free-form documents). */
  raw(name: string): InputValue | undefined {
    return this.params[name];
  }
}

/** Image Builder's tag rules: 1-50 tags, keys 1-128 not starting with `aws:`, values up to 256. */
export const TAG_KEY: TextRule = { min: 1, max: 128, pattern: /^(?!aws:)[a-zA-Z0-9\s_.:/=+\-@]*$/ };
export const TAG_VALUE: TextRule = { max: 256 };
export const readTags = (reader: JsonReader, name = 'tags') =>
  reader.optionalStringMap(name, TAG_KEY, TAG_VALUE, { min: 1, max: 50 });
/** clientToken: required on mutating operations, 1-64 characters (the SDK fills a UUID). */
export const CLIENT_TOKEN: TextRule = { min: 1, max: 64 };
