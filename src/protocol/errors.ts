/**
 * The protocol-neutral error every codec in src/protocol returns instead of throwing: an AWS error code
 * spelled exactly as AWS does, its message, the HTTP status AWS answers with, and whether the caller
 * (Sender) or the service (Receiver) is at fault. The Query codec renders it as `<ErrorResponse>` XML,
 * the REST-JSON codec as a `{"message"}` body with an `x-amzn-ErrorType` header.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html
 */

export type FaultType = 'Sender' | 'Receiver';

export interface ProtocolError {
  readonly code: string;
  readonly message: string;
  readonly httpStatus: number;
  readonly type: FaultType;
}

/** Builds a ProtocolError; the fault type follows the status (5xx = Receiver) unless given. */
export function protocolError(
  code: string,
  message: string,
  httpStatus: number,
  type?: FaultType,
): ProtocolError {
  return { code, message, httpStatus, type: type ?? (httpStatus >= 500 ? 'Receiver' : 'Sender') };
}
