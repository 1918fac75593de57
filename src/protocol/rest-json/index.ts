/**
 * REST-JSON helpers for the EC2 Image Builder API: routing by method and URI template, JSON body
 * parsing with clear errors, and responses/errors in the `x-amzn-ErrorType` + `{"message"}` format.
 * https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export { RestRouter, unknownOperation } from './route.js';
export type { RestRoute, RouteMatch, RouteResult } from './route.js';
export { parseJsonBody, serializationError } from './body.js';
export type { JsonObject, JsonValue } from './body.js';
export { encodeRestJsonError, encodeRestJsonResponse } from './respond.js';
export type { RestJsonHttpResponse } from './respond.js';
