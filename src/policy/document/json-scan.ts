/**
 * Token scanners for the JSON parser in json-locations.ts: strings (with every RFC 8259 escape) and
 * numbers (checked against the RFC grammar, which is stricter than `Number()`). Both work on char codes
 * from a start offset and report errors by throwing `JsonFailure`, which the parser turns into a result.
 * https://www.rfc-editor.org/rfc/rfc8259
 */

/** Thrown by the scanners and the parser, and caught in `parseJsonWithLocations`; never escapes it. */
export class JsonFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

/** A character for an error message: `'x'`, or its code point when it is not printable. */
export function describe(c: number): string {
  if (Number.isNaN(c)) return 'end of input';
  return c >= 32 && c < 127
    ? `'${String.fromCharCode(c)}'`
    : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/** Scans the string starting at the `"` at `start`; returns its value and the offset after the closing quote. */
export function scanString(text: string, start: number): { value: string; end: number } {
  const length = text.length;
  let i = start + 1;
  let chunkStart = i;
  let value = '';
  for (;;) {
    if (i >= length) throw new JsonFailure('Unterminated string', start);
    const c = text.charCodeAt(i);
    if (c === 34) return { value: value + text.slice(chunkStart, i), end: i + 1 };
    if (c < 32) throw new JsonFailure(`Bad control character ${describe(c)} in string`, i);
    if (c !== 92) {
      i++;
      continue;
    }
    value += text.slice(chunkStart, i);
    const e = text.charCodeAt(i + 1);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (e === 117) {
      const hex = text.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new JsonFailure('Invalid \\u escape in string', i);
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else {
      throw new JsonFailure(`Invalid escape ${describe(e)} in string`, i);
    }
    chunkStart = i;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Scans the number starting at `start` (a `-` or digit); returns the offset after it. */
export function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 45) i++;
  const first = text.charCodeAt(i);
  if (first === 48) i++;
  else if (isDigit(first)) while (isDigit(text.charCodeAt(i))) i++;
  else throw new JsonFailure('Invalid number: expected a digit', i);
  if (text.charCodeAt(i) === 46) {
    i++;
    if (!isDigit(text.charCodeAt(i)))
      throw new JsonFailure('Invalid number: expected a digit after the point', i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 43 || sign === 45) i++;
    if (!isDigit(text.charCodeAt(i)))
      throw new JsonFailure('Invalid number: expected a digit in the exponent', i);
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}
