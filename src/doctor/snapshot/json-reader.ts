/**
 * Reading untyped JSON with a path: each accessor checks the type of one member and throws a SnapshotError
 * naming the file and the JSON path of the first value of the wrong type, so that a malformed snapshot gets
 * a clear message instead of a crash.
 */
import { jsonPath, SnapshotError } from './input-error.js';

type Step = string | number;

export class JsonReader {
  /** The JSON path of the value, built only when a message needs it (readers are many and short-lived). */
  get path(): readonly Step[] {
    if (!this.parent) return this.base;
    return [...this.parent.path, this.step!];
  }

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly base: readonly Step[] = [],
    private readonly parent?: JsonReader,
    private readonly step?: Step,
  ) {}

  fail(detail: string, path: readonly Step[] = this.path): never {
    throw new SnapshotError(this.file, `${jsonPath(path)}: ${detail}`);
  }

  isObject(): boolean {
    return typeof this.value === 'object' && this.value !== null && !Array.isArray(this.value);
  }

  private member(key: string): unknown {
    return this.isObject() ? (this.value as Record<string, unknown>)[key] : undefined;
  }

  has(key: string): boolean {
    return this.member(key) !== undefined && this.member(key) !== null;
  }

  child(key: string): JsonReader {
    return new JsonReader(this.file, this.member(key), [], this, key);
  }

  /** An optional string member (numbers are accepted and written as text, as ids sometimes are). */
  optString(key: string): string | undefined {
    const v = this.member(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (v instanceof Date) return v.toISOString();
    return this.fail(`expected a string, found ${describe(v)}`, [...this.path, key]);
  }

  string(key: string): string {
    const v = this.optString(key);
    if (v === undefined || v === '') return this.fail('is missing', [...this.path, key]);
    return v;
  }

  optNumber(key: string): number | undefined {
    const v = this.member(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number') return v;
    return this.fail(`expected a number, found ${describe(v)}`, [...this.path, key]);
  }

  /** The elements of an array member (an absent member is an empty list). */
  list(key: string): JsonReader[] {
    const v = this.member(key);
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) return this.fail(`expected a list, found ${describe(v)}`, [...this.path, key]);
    const list = this.child(key);
    return v.map((item, i) => new JsonReader(this.file, item, [], list, i));
  }

  /** A list of strings (an absent member is an empty list). */
  strings(key: string): string[] {
    return this.list(key).map((item) => {
      if (typeof item.value !== 'string')
        return item.fail(`expected a string, found ${describe(item.value)}`);
      return item.value;
    });
  }

  /** Requires the value itself to be an object. */
  object(): this {
    if (!this.isObject()) this.fail(`expected an object, found ${describe(this.value)}`);
    return this;
  }

  /** Tags as AWS lists them ([{Key, Value}]) or as a plain map ({key: value}). */
  tags(key: string): Record<string, string> {
    const v = this.member(key);
    const out: Record<string, string> = {};
    if (v === undefined || v === null) return out;
    if (Array.isArray(v)) {
      for (const item of this.list(key)) {
        item.object();
        const k = item.optString('Key') ?? item.optString('key');
        if (k === undefined) return item.fail('a tag without Key');
        out[k] = item.optString('Value') ?? item.optString('value') ?? '';
      }
      return out;
    }
    const map = this.child(key).object();
    for (const k of Object.keys(map.value as object)) out[k] = map.optString(k) ?? '';
    return out;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value} ${String(value)}`;
}
