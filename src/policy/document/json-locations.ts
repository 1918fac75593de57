/**
 * A strict JSON parser (RFC 8259) that keeps a source span for every value and key and reports keys
 * repeated within one object. No library does both, so this one is hand-written: a single pass over
 * char codes, tracking line starts as it skips whitespace (JSON strings cannot hold raw line breaks),
 * so positions cost nothing extra. Spans are end-exclusive and include a string's quotes, as Access
 * Analyzer's finding locations do. It never throws; a syntax error comes back with its position.
 */
import type { JsonPath, JsonPathStep, SourcePosition, SourceSpan } from './ast.js';
import type { JsonMember, JsonNode } from './json-nodes.js';
import { describe, JsonFailure, scanNumber, scanString } from './json-scan.js';

export interface JsonSyntaxError {
  readonly message: string;
  readonly position: SourcePosition;
}

/** A key that appears more than once in one object. */
export interface DuplicateKey {
  readonly key: string;
  /** Path of the repeated member (the object's path plus the key). */
  readonly path: JsonPath;
  /** Span of the repeated (later) key. */
  readonly span: SourceSpan;
  /** Span of the key's first occurrence. */
  readonly firstSpan: SourceSpan;
}

export type JsonParseResult =
  | { readonly ok: true; readonly value: JsonNode; readonly duplicates: readonly DuplicateKey[] }
  | { readonly ok: false; readonly error: JsonSyntaxError; readonly duplicates: readonly DuplicateKey[] };

/** Nesting deeper than this is refused rather than risking the call stack (policies nest about 5 deep). */
const MAX_DEPTH = 256;

export function parseJsonWithLocations(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    const value = parser.parseDocument();
    return { ok: true, value, duplicates: parser.duplicates };
  } catch (caught) {
    if (!(caught instanceof JsonFailure)) throw caught;
    const error = { message: caught.message, position: parser.position(caught.offset) };
    return { ok: false, error, duplicates: parser.duplicates };
  }
}

class Parser {
  pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly path: JsonPathStep[] = [];
  readonly duplicates: DuplicateKey[] = [];

  constructor(private readonly text: string) {}

  /** Line and column of an offset on the current line (or an earlier offset on the same line). */
  position(offset: number): SourcePosition {
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  parseDocument(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1; // tolerate a byte-order mark
    this.skipWhitespace();
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('Unexpected data after the JSON value');
    return value;
  }

  private fail(message: string, offset = this.pos): never {
    throw new JsonFailure(message, offset);
  }

  private skipWhitespace(): void {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) i++;
      else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        i++;
        this.line++;
        this.lineStart = i;
      } else if (c === 13) i++;
      else break;
    }
    this.pos = i;
  }

  private span(start: SourcePosition): SourceSpan {
    return { start, end: this.position(this.pos) };
  }

  private parseValue(): JsonNode {
    const c = this.text.charCodeAt(this.pos);
    const start = this.position(this.pos);
    switch (c) {
      case 123: // {
        return this.parseObject(start);
      case 91: // [
        return this.parseArray(start);
      case 34: {
        const value = this.readString();
        return { kind: 'string', value, span: this.span(start) };
      }
      case 116: // t
        this.expectWord('true');
        return { kind: 'boolean', value: true, span: this.span(start) };
      case 102: // f
        this.expectWord('false');
        return { kind: 'boolean', value: false, span: this.span(start) };
      case 110: // n
        this.expectWord('null');
        return { kind: 'null', span: this.span(start) };
      default: {
        if (c === 45 || (c >= 48 && c <= 57)) {
          const end = scanNumber(this.text, this.pos);
          const raw = this.text.slice(this.pos, end);
          this.pos = end;
          return { kind: 'number', value: Number(raw), raw, span: this.span(start) };
        }
        return this.fail(Number.isNaN(c) ? 'Unexpected end of input' : `Unexpected character ${describe(c)}`);
      }
    }
  }

  private readString(): string {
    const { value, end } = scanString(this.text, this.pos);
    this.pos = end;
    return value;
  }

  private expectWord(word: string): void {
    if (!this.text.startsWith(word, this.pos)) this.fail(`Invalid literal, expected '${word}'`);
    this.pos += word.length;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels`);
    this.pos++;
    this.skipWhitespace();
  }

  private parseObject(start: SourcePosition): JsonNode {
    this.enter();
    const members: JsonMember[] = [];
    const seen = new Map<string, SourceSpan>();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      this.depth--;
      return { kind: 'object', members, span: this.span(start) };
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 34) this.fail('Expected a property name in double quotes');
      const keyStart = this.position(this.pos);
      const key = this.readString();
      const keySpan = this.span(keyStart);
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail("Expected ':' after the property name");
      this.pos++;
      this.skipWhitespace();
      this.path.push(key);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, keySpan);
      else this.duplicates.push({ key, path: this.path.slice(), span: keySpan, firstSpan: first });
      const value = this.parseValue();
      this.path.pop();
      members.push({ key, keySpan, value });
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 125) break;
      if (c !== 44) this.fail("Expected ',' or '}' after the property value", this.pos - 1);
      this.skipWhitespace();
    }
    this.depth--;
    return { kind: 'object', members, span: this.span(start) };
  }

  private parseArray(start: SourcePosition): JsonNode {
    this.enter();
    const items: JsonNode[] = [];
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      this.depth--;
      return { kind: 'array', items, span: this.span(start) };
    }
    for (;;) {
      this.path.push(items.length);
      items.push(this.parseValue());
      this.path.pop();
      this.skipWhitespace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 93) break;
      if (c !== 44) this.fail("Expected ',' or ']' after the array element", this.pos - 1);
      this.skipWhitespace();
    }
    this.depth--;
    return { kind: 'array', items, span: this.span(start) };
  }
}
