/**
 * Temporary credentials: an ASIA access key id, a secret, a session token and an expiration, stored as a
 * SessionRecord (collection `sessions`, keyed by the access key id, in the account the session acts in)
 * so that SigV4 authentication finds them, and rendered as STS's Credentials structure.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
 */
import type { SessionRecord } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import { accessKeyId, secretAccessKey, sessionToken } from '../../common/ids.js';
import type { ResultStruct } from '../../common/operation.js';

export type SessionFields = Omit<
  SessionRecord,
  'accessKeyId' | 'secretAccessKey' | 'sessionToken' | 'expiration' | 'issuedAt'
>;

/** A new session valid for `durationSeconds` from `now`, with fresh keys. */
export function newSession(fields: SessionFields, now: Date, durationSeconds: number): SessionRecord {
  return {
    accessKeyId: accessKeyId('ASIA'),
    secretAccessKey: secretAccessKey(),
    sessionToken: sessionToken(),
    expiration: new Date(now.getTime() + durationSeconds * 1000).toISOString(),
    issuedAt: now.toISOString(),
    ...fields,
  };
}

export async function saveSession(tx: StoreTx, session: SessionRecord): Promise<void> {
  await tx.put('sessions', session.accountId, session.accessKeyId, session);
}

/** The Credentials structure, members in the model's order. */
export function credentialsShape(session: SessionRecord): ResultStruct {
  return {
    AccessKeyId: session.accessKeyId,
    SecretAccessKey: session.secretAccessKey,
    SessionToken: session.sessionToken,
    Expiration: new Date(session.expiration),
  };
}
