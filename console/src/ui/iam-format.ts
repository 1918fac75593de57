/**
 * Small formatters for IAM views: dates as the SDK returns them, session durations, policy ARNs.
 * Pure: no DOM, no framework.
 */

/** A date as `2024-05-01 12:34:56 UTC`, or an em dash. */
export function formatDate(date: Date | string | undefined): string {
  if (date === undefined) return '—';
  const value = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) return String(date);
  return `${value.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Seconds as hours (and minutes): 3600 -> `1 hour`, 5400 -> `1 h 30 min`. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  if (minutes === 0) return `${hours} hour${hours === 1 ? '' : 's'}`;
  return `${hours} h ${minutes} min`;
}

/** True for an AWS managed policy's ARN (`arn:aws:iam::aws:policy/...`). */
export function isAwsManaged(policyArn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(policyArn);
}

/** The last segment of an ARN's resource (`arn:aws:iam::1:role/a/b` -> `b`). */
export function nameOfArn(arn: string): string {
  return arn.split(':').slice(5).join(':').split('/').pop() ?? arn;
}
