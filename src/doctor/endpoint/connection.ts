/**
 * How the doctor reaches an endpoint (a running ibiam, or AWS): the URL, the Region, and per account the
 * credentials (none: the SDK's default chain, i.e. the usual AWS_* environment variables and profiles).
 * The AWS SDK clients are loaded only when an endpoint is used, so offline snapshots need none of them.
 * https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html
 */

export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface Connection {
  readonly endpoint?: string;
  readonly region: string;
  /** Credentials for the default account (undefined: the SDK's default chain). */
  readonly credentials?: StaticCredentials;
  readonly profile?: string;
}

export interface ClientConfig {
  readonly region: string;
  readonly endpoint?: string;
  readonly credentials?: StaticCredentials;
  readonly profile?: string;
  readonly maxAttempts: number;
}

export function clientConfig(connection: Connection, credentials = connection.credentials): ClientConfig {
  return {
    region: connection.region,
    maxAttempts: 2,
    ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    ...(connection.profile && !credentials ? { profile: connection.profile } : {}),
  };
}

/** Parses `ACCOUNT=ACCESS_KEY_ID:SECRET[:SESSION_TOKEN]`. */
export function parseAccountCredentials(
  text: string,
): { account: string; credentials: StaticCredentials } | undefined {
  const match = /^(\d{12})=([^:]+):([^:]+)(?::(.+))?$/.exec(text);
  if (!match) return undefined;
  return {
    account: match[1]!,
    credentials: {
      accessKeyId: match[2]!,
      secretAccessKey: match[3]!,
      ...(match[4] ? { sessionToken: match[4] } : {}),
    },
  };
}

/** True for endpoints on this machine, the only ones `--apply` writes to. */
export function isLocalEndpoint(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return (
      host === 'localhost' ||
      host === '127.0.0.1' ||
      host === '[::1]' ||
      host === '::1' ||
      host.endsWith('.localhost')
    );
  } catch {
    return false;
  }
}

/** A readable message from an SDK error. */
export function sdkMessage(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
