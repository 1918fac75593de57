/**
 * Encodes an AWS Query error document, as IAM and STS return it:
 * `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type>
 *  <Code>NoSuchEntity</Code><Message>...</Message></Error><RequestId>...</RequestId></ErrorResponse>`.
 * The SDK reads `Error.Code` and `Error.Message` (@aws-sdk/core AwsQueryProtocol.loadQueryError);
 * STS's observed documents (e.g. amzn/selling-partner-api-docs#3081) carry the same namespace attribute.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#operation-error-serialization
 */
import type { FaultType, ProtocolError } from '../errors.js';
import { XmlWriter } from './xml-writer.js';

export interface QueryErrorInput {
  readonly code: string;
  readonly message: string;
  readonly type: FaultType;
  readonly requestId: string;
  /** The service's XML namespace; omitted from the document when undefined. */
  readonly namespace?: string;
}

export function encodeQueryError(input: QueryErrorInput): string {
  const xml = new XmlWriter().open(
    'ErrorResponse',
    input.namespace !== undefined ? { xmlns: input.namespace } : {},
  );
  xml
    .open('Error')
    .text('Type', input.type)
    .text('Code', input.code)
    .text('Message', input.message)
    .close('Error');
  return xml.text('RequestId', input.requestId).close('ErrorResponse').toString();
}

export interface QueryHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A ProtocolError as the complete HTTP answer: status, `text/xml`, the request id header, the document. */
export function renderQueryError(
  error: ProtocolError,
  options: { readonly namespace: string; readonly requestId: string },
): QueryHttpResponse {
  return {
    status: error.httpStatus,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': options.requestId },
    body: encodeQueryError({ ...error, requestId: options.requestId, namespace: options.namespace }),
  };
}

/** A successful Query response as the complete HTTP answer. */
export function renderQueryResponse(body: string, requestId: string): QueryHttpResponse {
  return { status: 200, headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId }, body };
}
