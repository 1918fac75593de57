/**
 * Every STS operation ibiam serves (Query protocol, Version 2011-06-15). Not served: the web-identity,
 * SAML and AssumeRoot operations, and DecodeAuthorizationMessage (ibiam never returns encoded
 * authorization messages: its AccessDenied messages are plain text).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_Operations.html
 */
import type { Operation } from '../common/operation.js';
import { assumeRole } from './operations/assume-role.js';
import { getAccessKeyInfo } from './operations/get-access-key-info.js';
import { getCallerIdentity } from './operations/get-caller-identity.js';
import { getFederationToken } from './operations/get-federation-token.js';
import { getSessionToken } from './operations/get-session-token.js';

export const stsOperations: readonly Operation[] = [
  assumeRole,
  getCallerIdentity,
  getSessionToken,
  getFederationToken,
  getAccessKeyInfo,
];
