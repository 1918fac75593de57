/**
 * Date/time values for the Date operators: one of the W3C profiles of ISO 8601 (YYYY-MM,
 * YYYY-MM-DD, YYYY-MM-DDThh:mmTZD, YYYY-MM-DDThh:mm:ssTZD, YYYY-MM-DDThh:mm:ss.sTZD) or epoch (UNIX)
 * time in seconds, on both the policy and the request side.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
 * W3C profile: http://www.w3.org/TR/NOTE-datetime
 *
 * Choices where the documents are silent: a value made only of digits (optionally signed, with a
 * decimal part) is epoch seconds, so the bare-year form `YYYY` reads as epoch time; a time without a
 * zone designator is taken as UTC; `T` and `Z` may be lower case; fractions finer than a millisecond
 * are truncated.
 *
 * Request values are parsed on every evaluation, so this is a hand-written scanner: no RegExp match
 * objects and no Date objects.
 */

const EPOCH = /^-?\d+(?:\.\d+)?$/;
const DAY_MS = 86_400_000;

/** The number written by `count` digits at `at`, or -1. */
function digits(text: string, at: number, count: number): number {
  if (at + count > text.length) return -1;
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Milliseconds east of UTC for the zone designator at `at` (Z, +hh:mm, -hhmm, or nothing), or NaN. */
function zoneOffset(text: string, at: number): number {
  if (at === text.length) return 0;
  const c = text[at];
  if (c === 'Z' || c === 'z') return at + 1 === text.length ? 0 : NaN;
  if (c !== '+' && c !== '-') return NaN;
  const hours = digits(text, at + 1, 2);
  const colon = text[at + 3] === ':' ? 1 : 0;
  const minutes = digits(text, at + 3 + colon, 2);
  if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59 || at + 5 + colon !== text.length) return NaN;
  return (c === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Milliseconds since the epoch, or undefined when the text is neither W3C ISO 8601 nor epoch seconds. */
export function parseDate(text: string): number | undefined {
  if (text.length >= 7 && text[4] === '-') return parseW3C(text);
  if (!EPOCH.test(text)) return undefined;
  const ms = Number(text) * 1000;
  return Number.isFinite(ms) ? Math.trunc(ms) : undefined;
}

function parseW3C(text: string): number | undefined {
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  if (year < 0 || month < 1 || month > 12) return undefined;
  if (text.length === 7) return daysFromCivil(year, month, 1) * DAY_MS;
  const day = text[7] === '-' ? digits(text, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = daysFromCivil(year, month, day) * DAY_MS;
  if (text.length === 10) return date;
  if (text[10] !== 'T' && text[10] !== 't') return undefined;
  const hour = digits(text, 11, 2);
  const minute = text[13] === ':' ? digits(text, 14, 2) : -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let at = 16;
  let second = 0;
  let millis = 0;
  if (text[at] === ':') {
    second = digits(text, at + 1, 2);
    if (second < 0 || second > 59) return undefined;
    at += 3;
    if (text[at] === '.') {
      const start = ++at;
      while (at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
      if (at === start) return undefined;
      const n = Math.min(at - start, 3);
      millis = digits(text, start, n) * 10 ** (3 - n);
    }
  }
  const offset = zoneOffset(text, at);
  if (Number.isNaN(offset)) return undefined;
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offset;
}
