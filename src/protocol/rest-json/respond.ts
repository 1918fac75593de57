/**
 * REST-JSON responses as EC2 Image Builder sends them: a JSON body with status 200, and errors as
 * `{"message": "..."}` with the code in the `x-amzn-ErrorType` header, which the SDK reads first
 * (@smithy/core loadRestJsonErrorCode: header, then body `code`, then `__type`). Timestamps (Date) become
 * epoch seconds, restJson1's default; Image Builder's own dates are strings and pass through unchanged.
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#operation-error-serialization
 */
import type { ProtocolError } from '../errors.js';

export interface RestJsonHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** JSON.stringify calls Date#toJSON before a replacer sees the value, so look at the holder's own member. */
function epochSeconds(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? raw.getTime() / 1000 : value;
}

export function encodeRestJsonResponse(
  output: object,
  requestId: string,
  status = 200,
): RestJsonHttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId },
    body: JSON.stringify(output, epochSeconds),
  };
}

export function encodeRestJsonError(error: ProtocolError, requestId: string): RestJsonHttpResponse {
  return {
    status: error.httpStatus,
    headers: {
      'content-type': 'application/json',
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.code,
    },
    body: JSON.stringify({ message: error.message }),
  };
}
