/**
 * Image build states (Image.state.status) and how the console shows them: a tone per status (colour),
 * whether a build is still going (the pages refresh every 2 s while it is), and the ARN forms of Image
 * Builder's versioned resources (`.../name/1.0.0` is a version, `.../name/1.0.0/1` a build version).
 * Pure: no DOM, so it can be unit-tested.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_ImageState.html
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/image-builder-semantic-versioning.html
 */

export type StateTone = 'ok' | 'bad' | 'progress' | 'muted' | 'unknown';

const TONES: Readonly<Record<string, StateTone>> = {
  PENDING: 'progress',
  CREATING: 'progress',
  BUILDING: 'progress',
  TESTING: 'progress',
  DISTRIBUTING: 'progress',
  INTEGRATING: 'progress',
  AVAILABLE: 'ok',
  FAILED: 'bad',
  CANCELLED: 'muted',
  DEPRECATED: 'muted',
  DISABLED: 'muted',
  DELETED: 'muted',
};

/** The tone (colour) of an image status; `unknown` for a status this console does not know. */
export function stateTone(status: string | undefined): StateTone {
  return (status !== undefined && TONES[status]) || 'unknown';
}

/** Whether a build with this status may still change (so its page keeps refreshing). */
export function isInProgress(status: string | undefined): boolean {
  return stateTone(status) === 'progress';
}

/** How often pages refresh while a build is in progress. */
export const REFRESH_MS = 2000;

/** A build version ARN ends in `/MAJOR.MINOR.PATCH/BUILD`. */
export function isBuildVersionArn(arn: string): boolean {
  return /\/\d+\.\d+\.\d+\/\d+$/.test(arn);
}

/** The resource part after `type/`: `arn:...:image/my-image/1.0.0/2` -> `my-image/1.0.0/2`. */
export function arnResourceName(arn: string): string {
  const resource = arn.split(':').slice(5).join(':');
  const slash = resource.indexOf('/');
  return slash < 0 ? resource : resource.slice(slash + 1);
}

/** The account of an ARN (empty for AWS-owned resources, whose account field is `aws`). */
export function arnAccount(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/**
 * A client token for idempotent Image Builder calls (1-36 characters). Built from getRandomValues, which
 * browsers offer in insecure contexts too (randomUUID needs a secure one).
 */
export function newClientToken(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const hex = [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
