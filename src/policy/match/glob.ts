/**
 * Glob matching as IAM uses it in Action, Resource, StringLike and ArnLike: `*` matches any run of
 * characters (empty included, `/` and `:` included) and `?` matches exactly one character; nothing else
 * is special. A pattern is either a plain string (every `*` and `?` is a wildcard) or a GlobPattern,
 * whose parts say which characters are wildcards, so that a `*` produced by the `${*}` policy variable
 * stays a literal star.
 * Wildcards: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 * Special characters: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
 *
 * Speed: exact strings, `*`, `abc*`, `*abc`, `*abc*`, `abc*def` and every other star-only pattern match
 * with string methods (no RegExp, no loop per character); only patterns containing `?` use a RegExp,
 * built once per compiled matcher.
 */

/** A wildcard part of a GlobPattern. */
export interface GlobWildcard {
  readonly wildcard: '*' | '?';
}

/** `*`: any run of characters, possibly empty. */
export const ANY_RUN: GlobWildcard = Object.freeze({ wildcard: '*' });
/** `?`: exactly one character. */
export const ANY_CHAR: GlobWildcard = Object.freeze({ wildcard: '?' });

/** One part of a pattern: literal text (matched as written) or a wildcard. */
export type GlobPart = string | GlobWildcard;

/** A glob pattern in which literal text and wildcards are told apart. */
export type GlobPattern = readonly GlobPart[];

export interface GlobOptions {
  /** Compare case-insensitively (both sides lower-cased). Default false. */
  readonly ignoreCase?: boolean;
}

export type GlobMatcher = (s: string) => boolean;

/** Parses a plain pattern: every `*` and `?` is a wildcard. */
export function parseGlob(pattern: string): GlobPattern {
  const parts: GlobPart[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c !== 42 /* * */ && c !== 63 /* ? */) continue;
    if (i > start) parts.push(pattern.slice(start, i));
    parts.push(c === 42 ? ANY_RUN : ANY_CHAR);
    start = i + 1;
  }
  if (start < pattern.length) parts.push(pattern.slice(start));
  return parts;
}

/** Joins adjacent text parts and collapses runs of `*` (which match the same strings). */
export function normalizeGlob(pattern: GlobPattern): GlobPattern {
  const out: GlobPart[] = [];
  for (const part of pattern) {
    const last = out[out.length - 1];
    if (typeof part === 'string') {
      if (part === '') continue;
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else if (!(part === ANY_RUN && last === ANY_RUN)) {
      out.push(part.wildcard === '*' ? ANY_RUN : ANY_CHAR);
    }
  }
  return out;
}

/** True when the pattern has no wildcard (it matches one string only). */
export function globIsLiteral(pattern: GlobPattern): boolean {
  return pattern.every((part) => typeof part === 'string');
}

/** Writes a pattern back as text; literal `*`, `?` and `$` are written as `${*}`, `${?}`, `${$}`. */
export function globToString(pattern: GlobPattern): string {
  let out = '';
  for (const part of pattern) {
    out += typeof part === 'string' ? part.replace(/[*?$]/g, (c) => '${' + c + '}') : part.wildcard;
  }
  return out;
}

/** Compiles a pattern into a matcher function. */
export function compileGlob(pattern: string | GlobPattern, options: GlobOptions = {}): GlobMatcher {
  const ignoreCase = options.ignoreCase === true;
  const parsed = typeof pattern === 'string' ? parseGlob(pattern) : pattern;
  const parts = normalizeGlob(
    ignoreCase ? parsed.map((p) => (typeof p === 'string' ? p.toLowerCase() : p)) : parsed,
  );
  const match = parts.includes(ANY_CHAR) ? regexMatcher(parts) : starMatcher(parts);
  return ignoreCase ? (s) => match(s.toLowerCase()) : match;
}

/** Matchers for patterns made of text and `*` only, by shape. */
function starMatcher(parts: GlobPattern): GlobMatcher {
  const texts = parts.filter((p): p is string => typeof p === 'string');
  const leadingStar = parts[0] === ANY_RUN;
  const trailingStar = parts.length > 0 && parts[parts.length - 1] === ANY_RUN;
  if (texts.length === 0) return parts.length === 0 ? (s) => s === '' : () => true;
  if (texts.length === 1) {
    const t = texts[0]!;
    if (!leadingStar && !trailingStar) return (s) => s === t;
    if (!leadingStar) return (s) => s.startsWith(t);
    if (!trailingStar) return (s) => s.endsWith(t);
    return (s) => s.includes(t);
  }
  const first = leadingStar ? '' : texts[0]!;
  const last = trailingStar ? '' : texts[texts.length - 1]!;
  const middle = texts.slice(leadingStar ? 0 : 1, trailingStar ? texts.length : texts.length - 1);
  const minLength = texts.reduce((n, t) => n + t.length, 0);
  if (middle.length === 0) {
    return (s) => s.length >= minLength && s.startsWith(first) && s.endsWith(last);
  }
  // Leftmost placement of each middle text is optimal for star-only patterns.
  return (s) => {
    if (s.length < minLength || !s.startsWith(first) || !s.endsWith(last)) return false;
    let from = first.length;
    const end = s.length - last.length;
    for (const t of middle) {
      const at = s.indexOf(t, from);
      if (at < 0 || at + t.length > end) return false;
      from = at + t.length;
    }
    return true;
  };
}

/** Length in UTF-16 units of the code point at `i` (so `?` never splits a surrogate pair). */
function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Matches without compiling (for patterns built per request, e.g. after resolving variables): no
 * RegExp and no allocation. Text parts and `?` have fixed lengths, so backtracking to the last `*` only
 * is enough.
 */
export function matchGlob(pattern: GlobPattern, s: string): boolean {
  let pi = 0;
  let si = 0;
  let starPi = -1;
  let starSi = 0;
  for (;;) {
    if (pi < pattern.length) {
      const p = pattern[pi]!;
      if (typeof p === 'string') {
        if (s.startsWith(p, si)) {
          si += p.length;
          pi++;
          continue;
        }
      } else if (p.wildcard === '*') {
        starPi = pi++;
        starSi = si;
        continue;
      } else if (si < s.length) {
        si += codePointLength(s, si);
        pi++;
        continue;
      }
    } else if (si === s.length) return true;
    if (starPi < 0 || starSi >= s.length) return false;
    starSi += codePointLength(s, starSi);
    si = starSi;
    pi = starPi + 1;
  }
}

const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** Escapes text for use inside a RegExp (unicode mode). */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_SYNTAX, '\\$&');
}

/** A RegExp matcher for patterns containing `?` (one code point, any character including newlines). */
function regexMatcher(parts: GlobPattern): GlobMatcher {
  let source = '^';
  for (const part of parts) {
    if (typeof part === 'string') source += escapeRegExp(part);
    else source += part === ANY_RUN ? '.*' : '.';
  }
  // Input is lower-cased before matching when ignoreCase is set, so no `i` flag is needed.
  const re = new RegExp(source + '$', 'su');
  return (s) => re.test(s);
}
