/**
 * Who is signed in: one or more access key pairs (each found to be a principal by sts:GetCallerIdentity),
 * kept in the browser's localStorage, one of them current. Switching accounts is switching sessions.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

export interface ConsoleSession {
  readonly accountId: string;
  /** The caller's ARN as GetCallerIdentity answers it. */
  readonly arn: string;
  readonly userId: string;
  readonly credentials: Credentials;
}

/** The local default root of a fresh ibiam store (`ibiam serve` creates it on an empty store). */
export const DEFAULT_ROOT: Credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

/** Every request goes to the server that serves the console. */
export const ENDPOINT = typeof window === 'undefined' ? 'http://127.0.0.1:4599' : window.location.origin;
export const REGION = 'us-east-1';

const STORAGE_KEY = 'ibiam.console.sessions';

/** Signs in: asks STS who these credentials are; throws the service's error (InvalidClientTokenId, ...). */
export async function signIn(credentials: Credentials): Promise<ConsoleSession> {
  const sts = new STSClient({ endpoint: ENDPOINT, region: REGION, credentials });
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  return {
    accountId: identity.Account ?? '',
    arn: identity.Arn ?? '',
    userId: identity.UserId ?? '',
    credentials,
  };
}

export interface StoredSessions {
  readonly sessions: readonly ConsoleSession[];
  readonly current: number;
}

export function loadSessions(): StoredSessions {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '') as StoredSessions;
    if (Array.isArray(parsed.sessions) && typeof parsed.current === 'number') return parsed;
  } catch {
    // nothing stored yet, or something unreadable: start signed out
  }
  return { sessions: [], current: -1 };
}

export function saveSessions(stored: StoredSessions): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
}
