/**
 * Identifiers with AWS's shapes: unique ids with their prefixes (AIDA users, AGPA groups, AROA roles,
 * ANPA policies, AIPA instance profiles, AKIA/ASIA access keys), secrets, session tokens, request ids.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
import { randomBytes, randomUUID } from 'node:crypto';

export type IdPrefix = 'AIDA' | 'AGPA' | 'AROA' | 'ANPA' | 'AIPA' | 'AKIA' | 'ASIA';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomText(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i]! % alphabet.length];
  return out;
}

/** A 21-character unique id such as AIDAJQABLZS4A3QDU576Q. */
export const uniqueId = (prefix: IdPrefix): string => prefix + randomText(17, ALPHABET);

/** A 20-character access key id (AKIA... for long-term keys, ASIA... for temporary ones). */
export const accessKeyId = (prefix: 'AKIA' | 'ASIA'): string => prefix + randomText(16, ALPHABET);

/** A 40-character secret access key. */
export const secretAccessKey = (): string =>
  randomText(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

/** An opaque session token. */
export const sessionToken = (): string => 'IQoJb3JpZ2luX2VjE' + randomBytes(96).toString('base64');

export const requestId = (): string => randomUUID();
