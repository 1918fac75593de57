/**
 * A tiny XML writer for Query responses: escaped text, elements in the order they are written. Characters
 * XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates) become U+FFFD so a response never breaks
 * the client's parser; carriage returns are written as `&#xD;` so parsers do not normalize them away.
 * https://www.w3.org/TR/xml/#charsets
 */

// Everything outside XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#xD;',
};

/** Anything escapeXml changes: most text has none of it and is returned as it is. */
const NEEDS_ESCAPING =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Escapes text for element content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(INVALID_XML_CHARS, '\uFFFD').replace(/[&<>"\r]/g, (c) => ESCAPES[c] ?? c);
}

/** Collects XML text; `open`/`close` must be balanced by the caller. */
export class XmlWriter {
  private readonly parts: string[] = [];

  open(name: string, attributes: Readonly<Record<string, string>> = {}): this {
    const attrs = Object.entries(attributes)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
    this.parts.push(`<${name}${attrs}>`);
    return this;
  }

  close(name: string): this {
    this.parts.push(`</${name}>`);
    return this;
  }

  /** `<name>text</name>`, or `<name/>` for an empty string. */
  text(name: string, value: string): this {
    this.parts.push(value === '' ? `<${name}/>` : `<${name}>${escapeXml(value)}</${name}>`);
    return this;
  }

  /** XML this writer (or another) produced already. */
  raw(xml: string): this {
    this.parts.push(xml);
    return this;
  }

  empty(name: string): this {
    this.parts.push(`<${name}/>`);
    return this;
  }

  toString(): string {
    return this.parts.join('');
  }
}
