/**
 * SigV4 request times: ISO-8601 basic format `YYYYMMDDTHHMMSSZ` (X-Amz-Date), with the HTTP `Date`
 * header as AWS's fallback when X-Amz-Date is absent.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-date-handling.html
 */

const BASIC_FORMAT = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Parses `YYYYMMDDTHHMMSSZ`; undefined unless it names a real UTC instant. */
export function parseAmzDate(value: string): Date | undefined {
  const m = BASIC_FORMAT.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Reject rolled-over values such as month 13 or 25:00.
  return formatAmzDate(date) === value ? date : undefined;
}

/** Parses the HTTP Date header (IMF-fixdate, e.g. `Mon, 01 Jan 2024 00:00:00 GMT`) or the basic format. */
export function parseHttpDate(value: string): Date | undefined {
  const basic = parseAmzDate(value);
  if (basic) return basic;
  if (!/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** Formats a time as `YYYYMMDDTHHMMSSZ` (seconds precision, UTC). */
export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
