/**
 * The AWS Query protocol codec for IAM and STS: form-encoded requests in, XML responses and error
 * documents out.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html
 */
export { decodeQueryRequest, checkQueryOperation } from './decode.js';
export type { QueryRequest, QueryDecodeResult, QueryService } from './decode.js';
export type { QueryStruct, QueryValue } from './unflatten.js';
export { asBoolean, asInteger, asList, asString, asStruct } from './values.js';
export { encodeQueryResponse, formatTimestamp, QueryMap } from './encode-response.js';
export type { QueryResultStruct, QueryResultValue, QueryResponseOptions } from './encode-response.js';
export { encodeQueryError, renderQueryError, renderQueryResponse } from './encode-error.js';
export type { QueryErrorInput, QueryHttpResponse } from './encode-error.js';
export { invalidAction, invalidQueryParameter, malformedQueryString, missingAction } from './errors.js';
export { IAM_NAMESPACE, IAM_VERSION, STS_NAMESPACE, STS_VERSION } from './namespaces.js';
export { escapeXml } from './xml-writer.js';
