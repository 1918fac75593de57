/**
 * Types of the SigV4 verifier: the HTTP request as the server received it, the signature parsed out of
 * it (Authorization header or presigned query), and the verification result. Parsing and verifying are
 * separate so the server can look the access key up in between (unknown key -> InvalidClientTokenId
 * before any signature check).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
import type { ProtocolError } from '../errors.js';

/** An incoming HTTP request, as received on the wire. */
export interface HttpRequestLike {
  /** The HTTP method, e.g. `POST`. */
  readonly method: string;
  /**
   * The path exactly as sent on the wire, still percent-encoded and without the query string
   * (e.g. `/tags/arn%3Aaws%3Aimagebuilder%3A...`). The signer escapes it again, as the client did.
   */
  readonly path: string;
  /** The query string, decoded into names and values (repeated names become arrays). */
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** Request headers; names in any case (Node gives them lower-cased). */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The raw request body (empty string or empty array when there is none). */
  readonly body: Uint8Array | string;
}

/** The error codes the verifier produces, spelled as AWS spells them. */
export type SigV4ErrorCode =
  | 'MissingAuthenticationToken'
  | 'IncompleteSignature'
  | 'InvalidClientTokenId'
  | 'SignatureDoesNotMatch'
  | 'RequestExpired'
  | 'ExpiredToken';

export interface SigV4Failure extends ProtocolError {
  readonly ok: false;
  readonly code: SigV4ErrorCode;
}

/** A syntactically valid signature, not yet verified. */
export interface ParsedSignature {
  readonly ok: true;
  /** `header` for `Authorization: AWS4-HMAC-SHA256 ...`, `query` for a presigned URL. */
  readonly form: 'header' | 'query';
  readonly accessKeyId: string;
  /** The credential scope: `YYYYMMDD/region/service/aws4_request`. */
  readonly scope: string;
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** Lower-case header names in the order the client listed them. */
  readonly signedHeaders: readonly string[];
  /** The hex signature the client sent. */
  readonly signature: string;
  /** The request time (X-Amz-Date, or the Date header) in ISO-8601 basic format `YYYYMMDDTHHMMSSZ`. */
  readonly amzDate: string;
  readonly requestTime: Date;
  /** X-Amz-Security-Token (header or query), present for temporary credentials. */
  readonly sessionToken?: string;
  /** X-Amz-Expires of a presigned URL, in seconds. */
  readonly expiresSeconds?: number;
}

export interface VerifyOptions {
  /** Allowed clock skew either way, in milliseconds. AWS uses 15 minutes. */
  readonly maxSkewMs?: number;
  /**
   * Also reject presigned URLs after X-Amz-Date + X-Amz-Expires. IAM and STS ignore X-Amz-Expires and
   * accept a presigned request for 15 minutes after X-Amz-Date (only S3 honours it), so this is off
   * by default: https://github.com/aws/aws-sdk-go/pull/2224
   */
  readonly honorPresignedExpires?: boolean;
  /** Accept `x-amz-content-sha256: UNSIGNED-PAYLOAD` (S3-style); off by default. */
  readonly allowUnsignedPayload?: boolean;
}

export interface SigV4Verified {
  readonly ok: true;
  readonly accessKeyId: string;
  readonly region: string;
  readonly service: string;
  readonly signedHeaders: readonly string[];
  readonly sessionToken?: string;
  readonly presigned: boolean;
}

export type SigV4Result = SigV4Verified | SigV4Failure;
