/**
 * A fast reader for the common shape of a batch request line: one JSON object whose members are strings,
 * string arrays, or objects of strings and string arrays (`{"principal":"arn:...","action":"s3:GetObject",
 * "resource":"...","context":{"k":"v","l":["a","b"]}}`). It scans the line once and slices strings out
 * of it instead of building a generic JSON value, which is what makes a million-line batch fast.
 * Anything else (escapes in strings, numbers, booleans, null, nested arrays, malformed text) returns
 * undefined, and the caller falls back to JSON.parse, which reads every valid line and reports errors.
 */

/** A string, or a list of strings. */
export type FastText = string | string[];

/** A line of the common shape, read into fixed members (a fixed shape keeps property access fast). */
export interface FastLine {
  principal: string | undefined;
  action: string | undefined;
  resource: string | undefined;
  context: Record<string, FastText> | undefined;
  resourceTags: Record<string, FastText> | undefined;
  region: string | undefined;
  resourceAccount: string | undefined;
  now: string | undefined;
  expect: string | undefined;
}

const QUOTE = 34;

class Scanner {
  i = 0;
  constructor(readonly s: string) {}

  /** Skips JSON whitespace and returns the next character code (NaN at the end). */
  peek(): number {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = s.charCodeAt(++this.i);
    return c;
  }

  /** Reads a string (the line has no backslash, so no escapes), or undefined. */
  string(): string | undefined {
    if (this.peek() !== QUOTE) return undefined;
    const start = this.i + 1;
    const end = this.s.indexOf('"', start);
    if (end < 0) return undefined;
    this.i = end + 1;
    return this.s.slice(start, end);
  }

  /** A string, or an array of strings. */
  stringOrList(): string | string[] | undefined {
    const c = this.peek();
    if (c === QUOTE) return this.string();
    if (c !== 91 /* [ */) return undefined;
    this.i++;
    const list: string[] = [];
    if (this.peek() === 93 /* ] */) {
      this.i++;
      return list;
    }
    for (;;) {
      const item = this.string();
      if (item === undefined) return undefined;
      list.push(item);
      const next = this.peek();
      this.i++;
      if (next === 93) return list;
      if (next !== 44 /* , */) return undefined;
    }
  }

  /** `{ "key": "value" | ["values"], ... }`; undefined on anything unexpected. */
  textRecord(): Record<string, FastText> | undefined {
    if (this.peek() !== 123 /* { */) return undefined;
    this.i++;
    const out: Record<string, FastText> = {};
    if (this.peek() === 125 /* } */) {
      this.i++;
      return out;
    }
    for (;;) {
      const key = this.string();
      // `__proto__` would set the prototype of a plain object: JSON.parse handles it.
      if (key === undefined || key === '__proto__' || this.peek() !== 58 /* : */) return undefined;
      this.i++;
      const item = this.stringOrList();
      if (item === undefined) return undefined;
      out[key] = item;
      const next = this.peek();
      this.i++;
      if (next === 125) return out;
      if (next !== 44) return undefined;
    }
  }
}

/** Reads one top-level member into `line`; false when the line needs the full parser. */
function readMember(scanner: Scanner, key: string, line: FastLine): boolean {
  if (key === 'context' || key === 'resourceTags') {
    const record = scanner.textRecord();
    if (record === undefined) return false;
    line[key] = record;
    return true;
  }
  const text = scanner.string();
  if (text === undefined) return false;
  switch (key) {
    case 'principal':
    case 'action':
    case 'resource':
    case 'region':
    case 'resourceAccount':
    case 'now':
    case 'expect':
      line[key] = text;
      return true;
    default:
      return false;
  }
}

/** Reads a request line of the common shape; undefined when it needs JSON.parse. */
export function readFastLine(text: string): FastLine | undefined {
  if (text.indexOf('\\') >= 0) return undefined;
  const scanner = new Scanner(text);
  if (scanner.peek() !== 123 /* { */) return undefined;
  scanner.i++;
  const line: FastLine = {
    principal: undefined,
    action: undefined,
    resource: undefined,
    context: undefined,
    resourceTags: undefined,
    region: undefined,
    resourceAccount: undefined,
    now: undefined,
    expect: undefined,
  };
  if (scanner.peek() === 125) scanner.i++;
  else {
    for (;;) {
      const key = scanner.string();
      if (key === undefined || scanner.peek() !== 58 /* : */) return undefined;
      scanner.i++;
      if (!readMember(scanner, key, line)) return undefined;
      const next = scanner.peek();
      scanner.i++;
      if (next === 125) break;
      if (next !== 44) return undefined;
    }
  }
  // Text after the object (the scanner is then not at the end, where peek() is NaN) needs the full parser.
  return Number.isNaN(scanner.peek()) ? line : undefined;
}
