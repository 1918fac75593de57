/**
 * Policy variable templates: `${key}` (key names case-insensitive), `${key, 'default'}` and the escapes
 * `${*}`, `${?}`, `${$}` that stand for a literal `*`, `?` and `$`. Variables exist only in policies with
 * Version 2012-10-17 (and only in Resource and String/ARN condition values); elsewhere the text, `${...}`
 * included, is a literal. A variable whose key is missing, or multivalued, has no value; without a
 * default the whole template then resolves to null ("matches nothing").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 * Multivalued keys cannot be policy variables:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import type { ContextReader } from '../condition/types.js';
import { parseGlob, type GlobPart, type GlobPattern } from './glob.js';

/** One piece of a template. */
type TemplatePart =
  /** Text as written in the policy: `*` and `?` in it are wildcards where the operator has wildcards. */
  | { readonly kind: 'text'; readonly text: string; readonly glob: GlobPattern }
  /** A character produced by `${*}`, `${?}` or `${$}`: always literal. */
  | { readonly kind: 'char'; readonly text: string }
  /** A variable reference. */
  | { readonly kind: 'var'; readonly lowerKey: string; readonly defaultValue: string | undefined };

export interface Template {
  /** The text as written. */
  readonly text: string;
  /** True when the template references no variable (escapes are allowed); it then resolves to one value. */
  readonly isLiteral: boolean;
  /** Lower-cased keys of the variables referenced, without duplicates. */
  readonly variableKeys: readonly string[];
  /** The resolved string, or null when a variable has no value and no default (the whole value is then "null"). */
  resolve(ctx: ContextReader): string | null;
  /** The value of a literal template (escapes applied); for a template with variables, the text as written. */
  resolveLiteral(): string;
}

const EMPTY_CONTEXT: ContextReader = { get: () => undefined };

/** The single value of a key usable as a policy variable: multivalued and missing keys have none. */
export function variableValue(ctx: ContextReader, lowerKey: string): string | undefined {
  const value = ctx.get(lowerKey);
  return typeof value === 'string' ? value : undefined;
}

const ESCAPES = new Set(['*', '?', '$']);
/** `key` or `key, 'default'`, lenient about spaces around the key, the comma and the default. */
const VARIABLE_BODY = /^\s*([^,'\s](?:[^,']*[^,'\s])?)\s*(?:,\s*'([^']*)'\s*)?$/;

/** Finds the `}` closing the `${` at `open`, skipping quoted defaults; -1 when unterminated. */
function findClose(text: string, open: number): number {
  let quoted = false;
  for (let i = open + 2; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === '}' && !quoted) return i;
  }
  return -1;
}

function parseParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending !== '') parts.push({ kind: 'text', text: pending, glob: parseGlob(pending) });
    pending = '';
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('${', i);
    const close = open < 0 ? -1 : findClose(text, open);
    if (open < 0 || close < 0) break;
    pending += text.slice(i, open);
    const body = text.slice(open + 2, close);
    const variable = VARIABLE_BODY.exec(body);
    if (ESCAPES.has(body)) {
      flush();
      parts.push({ kind: 'char', text: body });
    } else if (variable) {
      flush();
      parts.push({ kind: 'var', lowerKey: variable[1]!.toLowerCase(), defaultValue: variable[2] });
    } else {
      pending += text.slice(open, close + 1); // not a variable: keep as written
    }
    i = close + 1;
  }
  pending += text.slice(i);
  flush();
  return parts;
}

/** Joins the parts; null when a variable has no value and no default. */
function resolveParts(parts: readonly TemplatePart[], ctx: ContextReader): string | null {
  let out = '';
  for (const part of parts) {
    if (part.kind !== 'var') out += part.text;
    else {
      const value = variableValue(ctx, part.lowerKey) ?? part.defaultValue;
      if (value === undefined) return null;
      out += value;
    }
  }
  return out;
}

/** Like resolveParts, as a glob: wildcards only from text as written; escapes and values are literal. */
function resolveGlobParts(parts: readonly TemplatePart[], ctx: ContextReader): GlobPattern | null {
  const out: GlobPart[] = [];
  for (const part of parts) {
    if (part.kind === 'text') for (const g of part.glob) out.push(g);
    else if (part.kind === 'char') out.push(part.text);
    else {
      const value = variableValue(ctx, part.lowerKey) ?? part.defaultValue;
      if (value === undefined) return null;
      out.push(value);
    }
  }
  return out;
}

class CompiledTemplate implements Template {
  readonly isLiteral: boolean;
  readonly variableKeys: readonly string[];
  /** For literal templates, the value and the glob pattern, computed once. */
  private readonly literalValue: string;
  private readonly literalPattern: GlobPattern;

  constructor(
    readonly text: string,
    private readonly parts: readonly TemplatePart[],
  ) {
    const keys = parts.flatMap((p) => (p.kind === 'var' ? [p.lowerKey] : []));
    this.variableKeys = [...new Set(keys)];
    this.isLiteral = keys.length === 0;
    this.literalValue = this.isLiteral ? (resolveParts(parts, EMPTY_CONTEXT) ?? '') : text;
    this.literalPattern = this.isLiteral ? (resolveGlobParts(parts, EMPTY_CONTEXT) ?? []) : [];
  }

  resolve(ctx: ContextReader): string | null {
    return this.isLiteral ? this.literalValue : resolveParts(this.parts, ctx);
  }

  resolveLiteral(): string {
    return this.literalValue;
  }

  resolveGlob(ctx: ContextReader): GlobPattern | null {
    return this.isLiteral ? this.literalPattern : resolveGlobParts(this.parts, ctx);
  }
}

/** Parses a template once; with allowVariables false the whole text is literal text, `${...}` included. */
export function compileTemplate(text: string, allowVariables: boolean): Template {
  const parts: TemplatePart[] = allowVariables
    ? parseParts(text)
    : text === ''
      ? []
      : [{ kind: 'text', text, glob: parseGlob(text) }];
  return new CompiledTemplate(text, parts);
}

/** Resolve into a glob-safe pattern: literal text with glob metacharacters escaped, wildcards kept. */
export function resolvePattern(t: Template, ctx: ContextReader): GlobPattern | null {
  if (t instanceof CompiledTemplate) return t.resolveGlob(ctx);
  const value = t.resolve(ctx); // a foreign Template implementation: treat its value as a plain pattern
  return value === null ? null : parseGlob(value);
}
