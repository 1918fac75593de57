/**
 * Wire protocol codecs for ibiam's AWS-compatible endpoint: SigV4 verification, the AWS Query protocol
 * (IAM, STS) and REST-JSON helpers (EC2 Image Builder). Pure: no I/O, nothing else from src/.
 * https://smithy.io/2.0/aws/protocols/index.html
 */
export { protocolError } from './errors.js';
export type { FaultType, ProtocolError } from './errors.js';
export { parseQueryString } from './query-string.js';
export * as sigv4 from './sigv4/index.js';
export * as query from './query/index.js';
export * as restJson from './rest-json/index.js';
